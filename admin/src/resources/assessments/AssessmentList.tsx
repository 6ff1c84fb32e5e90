import { Box } from '@mui/material';
import { AutocompleteInput, NumberField, NumberInput, RecordContextProvider, ReferenceInput, SelectInput, TextField } from 'react-admin';
import { DateTimeField } from '../../common/DateTimeField';
import { enumChoices } from '../../common/enums';
import { ResourceList, type ExportColumn } from '../../common/ResourceList';
import type { PhoneCard } from '../../common/PhoneList';
import { NeighbourhoodInput, ProvinceInput, WardInput } from '../../common/UnitInputs';
import type { Assessment } from '../../../../rules/contract';
import { PeriodField, StatusChip, StatusField, SubjectField } from './StatusChip';
import { ListDatagrid } from '../../common/ListDatagrid';
import { DueChip, DueStateField } from '../../dashboard/due';
import { subjectName } from './subjectName';

const filters = [
  <SelectInput key="status" source="status" choices={enumChoices('AssessmentStatus')} alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn sx={{ width: 110 }} />,
  <ReferenceInput key="programmeId" source="programmeId" reference="programmes" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => (q ? { q } : {})} sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <ProvinceInput key="provinceId" source="provinceId" />,
  <WardInput key="wardId" source="wardId" />,
  <NeighbourhoodInput key="neighbourhoodId" source="neighbourhoodId" />,
];

/** The period ("2026 · Q2" in the list) is two columns in the export, year and quarter, for a spreadsheet to sort and sum. */
const exportColumns: Array<ExportColumn<Assessment>> = [
  { source: 'subject', value: (r) => subjectName(r) },
  { source: 'programme.name' },
  { source: 'year', type: 'number' },
  { source: 'quarter', type: 'number' },
  { source: 'status', enum: 'AssessmentStatus' },
  { source: 'dueState', enum: 'DueState' },
  { source: 'dueAt', type: 'datetime' },
  { source: 'total', type: 'number' },
  { source: 'classification' },
  { source: 'updatedAt', type: 'datetime' },
];

/** On a phone: what was rated, then the programme and period, then the status (what a head looks for). */
const phoneCard: PhoneCard<Assessment & { id: string }> = {
  primaryText: (r) => subjectName(r) ?? '—',
  secondaryText: (r) => (
    <RecordContextProvider value={r}>
      {r.programme?.name} · <PeriodField />
    </RecordContextProvider>
  ),
  tertiaryText: (r) => (
    <Box component="span" sx={{ display: 'inline-block', mt: 0.5 }}>
      <StatusChip status={r.status} /> {r.dueAt && r.dueState !== 'DONE' && <DueChip state={r.dueState} at={r.dueAt} />}
    </Box>
  ),
};

export const AssessmentList = () => (
  <ResourceList filters={filters} exportColumns={exportColumns} mobile={phoneCard} sort={{ field: 'updatedAt', order: 'DESC' }}>
    <ListDatagrid rowClick="show">
      <SubjectField label="resources.assessments.fields.subject" />
      <TextField source="programme.name" />
      <PeriodField label="resources.assessments.fields.period" sortBy="year" />
      <StatusField label="resources.assessments.fields.status" source="status" />
      <DueStateField label="dashboard.due_column" source="dueState" sortable={false} hideDone />
      <NumberField source="total" />
      <TextField source="classification" emptyText="—" />
      <DateTimeField source="updatedAt" showTime />
    </ListDatagrid>
  </ResourceList>
);
