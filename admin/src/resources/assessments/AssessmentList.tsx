import { AutocompleteInput, Datagrid, DateField, List, NumberField, NumberInput, ReferenceInput, SelectInput, TextField } from 'react-admin';
import { enumChoices } from '../../common/enums';
import { NeighbourhoodInput, ProvinceInput, WardInput } from '../../common/UnitInputs';
import { PeriodField, StatusField, SubjectField } from './StatusChip';

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

export const AssessmentList = () => (
  <List filters={filters} sort={{ field: 'updatedAt', order: 'DESC' }}>
    <Datagrid rowClick="show">
      <SubjectField label="resources.assessments.fields.subject" sortable={false} />
      <TextField source="programme.name" sortable={false} />
      <PeriodField label="resources.assessments.fields.period" sortBy="year" />
      <StatusField label="resources.assessments.fields.status" source="status" />
      <NumberField source="total" />
      <TextField source="classification" emptyText="—" sortable={false} />
      <DateField source="updatedAt" showTime />
    </Datagrid>
  </List>
);
