import { FunctionField, NumberField, SearchInput, TextField } from 'react-admin';
import type { CriteriaSet } from '../../../../rules/contract';
import { DateTimeField } from '../../common/DateTimeField';
import { ResourceList, type ExportColumn } from '../../common/ResourceList';
import { ListDatagrid } from '../../common/ListDatagrid';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

/** Short columns keep to one line; the name takes the rest. */
const oneLineColumns = { '& .column-maxTotal, & .column-criteria, & .column-updatedAt': { whiteSpace: 'nowrap' } } as const;

const exportColumns: Array<ExportColumn<CriteriaSet>> = [
  { source: 'name' },
  { source: 'maxTotal', type: 'number' },
  { source: 'criteria', label: 'resources.criteriaSets.fields.criteriaCount', type: 'number', value: (r) => r.criteria.length },
  { source: 'updatedAt', type: 'datetime' },
];

export const CriteriaSetList = () => (
  <ResourceList filters={filters} exportColumns={exportColumns} sort={{ field: 'name', order: 'ASC' }}>
    <ListDatagrid rowClick="show" sx={oneLineColumns}>
      <TextField source="name" />
      <NumberField source="maxTotal" />
      <FunctionField<CriteriaSet> source="criteria" label="resources.criteriaSets.fields.criteriaCount" textAlign="right" render={(r) => r.criteria.length} />
      <DateTimeField source="updatedAt" showTime />
    </ListDatagrid>
  </ResourceList>
);
