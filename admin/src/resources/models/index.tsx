import ShieldIcon from '@mui/icons-material/Shield';
import type { RaRecord } from 'react-admin';
import { ResourceCreate, ResourceEdit } from '../../common/ResourceEdit';
import type { ResourceConfig } from '../types';
import { messages } from './messages';
import { ModelForm } from './ModelForm';
import { ModelList } from './ModelList';
import { ModelShow } from './ModelShow';

/** The unit running a new model is the deepest one picked: neighbourhood, else ward, else province. */
const withUnit = ({ provinceId, wardId, neighbourhoodId, ...rest }: RaRecord) => ({ ...rest, unitId: neighbourhoodId || wardId || provinceId });

/**
 * Sends only what the caller may change (a neighbourhood head: figures), so locked inputs can never
 * slip into the request, whatever the form does with them.
 */
const onlyUpdatable = (data: RaRecord, options?: { previousData?: RaRecord }) => {
  const fields = (options?.previousData?.access as { updatableFields?: string[] | null } | undefined)?.updatableFields;
  return fields ? Object.fromEntries(Object.entries(data).filter(([key]) => fields.includes(key))) : data;
};

export const models: ResourceConfig = {
  name: 'models',
  icon: ShieldIcon,
  list: ModelList,
  show: ModelShow,
  edit: () => (
    <ResourceEdit transform={onlyUpdatable}>
      <ModelForm />
    </ResourceEdit>
  ),
  create: () => (
    <ResourceCreate transform={withUnit}>
      <ModelForm />
    </ResourceCreate>
  ),
  recordRepresentation: 'name',
  messages,
};
