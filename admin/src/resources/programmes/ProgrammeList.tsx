import { SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { enumChoices } from '../../common/enums';
import { ResourceList, type ExportColumn } from '../../common/ResourceList';
import type { Programme } from '../../../../rules/contract';
import { ListDatagrid } from '../../common/ListDatagrid';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="ratedLevel" source="ratedLevel" choices={enumChoices('RatedLevel')} alwaysOn sx={{ minWidth: 220 }} />,
];

/** Short columns keep to one line; the names take the rest. */
const oneLineColumns = {
  '& .column-code, & .column-ratedLevel, & .column-recognizingLevel, & .column-period': { whiteSpace: 'nowrap' },
} as const;

const exportColumns: Array<ExportColumn<Programme>> = [
  { source: 'code' },
  { source: 'name' },
  { source: 'ratedLevel', enum: 'RatedLevel' },
  { source: 'recognizingLevel', enum: 'RecognizingLevel' },
  { source: 'period', enum: 'AssessmentPeriod' },
  { source: 'criteriaSet.name' },
  { source: 'issuingUnitName' },
];

export const ProgrammeList = () => (
  <ResourceList filters={filters} exportColumns={exportColumns} sort={{ field: 'name', order: 'ASC' }}>
    <ListDatagrid rowClick="show" sx={oneLineColumns}>
      <TextField source="code" />
      <TextField source="name" />
      <SelectField source="ratedLevel" choices={enumChoices('RatedLevel')} />
      <SelectField source="recognizingLevel" choices={enumChoices('RecognizingLevel')} />
      <SelectField source="period" choices={enumChoices('AssessmentPeriod')} />
      <TextField source="criteriaSet.name" emptyText="—" />
      <TextField source="issuingUnitName" emptyText="resources.programmes.national" sortable={false} />
    </ListDatagrid>
  </ResourceList>
);
