import ShieldIcon from '@mui/icons-material/Shield';
import type { RaRecord } from 'react-admin';
import { lazyScreen, type ResourceConfig } from '../types';
import { messages } from './messages';
import { cleanPlanData } from './planData';

/** The unit running a new model is the deepest one picked: neighbourhood, else ward, else province. */
const withUnit = ({ provinceId, wardId, neighbourhoodId, ...rest }: RaRecord) => cleanPlanData({ ...rest, unitId: neighbourhoodId || wardId || provinceId });

/**
 * Sends only what the caller may change (a neighbourhood head: figures), so locked inputs can never
 * slip into the request, whatever the form does with them.
 */
const onlyUpdatable = (data: RaRecord, options?: { previousData?: RaRecord }) => {
  const fields = (options?.previousData?.access as { updatableFields?: string[] | null } | undefined)?.updatableFields;
  return cleanPlanData(fields ? Object.fromEntries(Object.entries(data).filter(([key]) => fields.includes(key))) : data);
};

const screens = () => Promise.all([import('../../common/ResourceEdit'), import('./ModelForm')]);

export const models: ResourceConfig = {
  name: 'models',
  icon: ShieldIcon,
  list: lazyScreen(async () => (await import('./ModelList')).ModelList),
  show: lazyScreen(async () => (await import('./ModelShow')).ModelShow),
  edit: lazyScreen(async () => {
    const [{ ResourceEdit }, { ModelForm }] = await screens();
    return () => (
      <ResourceEdit transform={onlyUpdatable}>
        <ModelForm />
      </ResourceEdit>
    );
  }),
  create: lazyScreen(async () => {
    const [{ ResourceCreate }, { ModelForm }] = await screens();
    return () => (
      <ResourceCreate transform={withUnit}>
        <ModelForm />
      </ResourceCreate>
    );
  }),
  recordRepresentation: 'name',
  // The list's and export's columns (the unit as UnitText shows it), the tables of a ward's, a neighbourhood's and a programme's models, pickers (name).
  listFields: ['name', 'category', 'unit.name', 'unitId', 'unitLevel', 'status', 'dueState', 'nextDueOn', 'programme.name', 'programmeId', 'leadBody', 'provinceId', 'wardId', 'neighbourhoodId', 'isSample', 'createdAt', 'updatedAt'],
  messages,
};
