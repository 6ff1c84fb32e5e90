import ApartmentIcon from '@mui/icons-material/Apartment';
import type { RaRecord } from 'react-admin';
import { lazyScreen, type ResourceConfig } from '../types';
import { messages } from './messages';

/** An organisation hangs under the ward picked, else the province (a provincial body). */
export const withUnit = ({ provinceId, wardId, ...rest }: RaRecord) => ({ ...rest, unitId: wardId || provinceId });

/**
 * On edit, only what the caller may change goes out: a representative (who does not move its
 * organisation) never sends unitId, whatever the pickers hold.
 */
const onlyUpdatable = (data: RaRecord, options?: { previousData?: RaRecord }) => {
  const fields = (options?.previousData?.access as { updatableFields?: string[] | null } | undefined)?.updatableFields;
  const next = withUnit(data);
  return fields ? Object.fromEntries(Object.entries(next).filter(([key]) => fields.includes(key))) : next;
};

const screens = () => Promise.all([import('../../common/ResourceEdit'), import('./OrganisationForm')]);

export const organisations: ResourceConfig = {
  name: 'organisations',
  icon: ApartmentIcon,
  list: lazyScreen(async () => (await import('./OrganisationList')).OrganisationList),
  show: lazyScreen(async () => (await import('./OrganisationShow')).OrganisationShow),
  edit: lazyScreen(async () => {
    const [{ ResourceEdit }, { OrganisationForm }] = await screens();
    return () => (
      <ResourceEdit transform={onlyUpdatable}>
        <OrganisationForm />
      </ResourceEdit>
    );
  }),
  create: lazyScreen(async () => {
    const [{ ResourceCreate }, { OrganisationForm }] = await screens();
    return () => (
      <ResourceCreate transform={withUnit}>
        <OrganisationForm />
      </ResourceCreate>
    );
  }),
  recordRepresentation: 'name',
  // The list's and export's columns, the pickers (users, assessments: name) and where it hangs.
  listFields: ['name', 'kind', 'unit.name', 'unitId', 'unitLevel', 'provinceId', 'wardId', 'headName', 'contactName', 'contactPhone', 'isSample', 'createdAt', 'updatedAt'],
  messages,
};
