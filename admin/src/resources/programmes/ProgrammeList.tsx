import { Datagrid, List, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { enumChoices } from '../../common/enums';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="ratedLevel" source="ratedLevel" choices={enumChoices('RatedLevel')} alwaysOn sx={{ minWidth: 220 }} />,
];

/** Short columns keep to one line; the names take the rest. */
const oneLineColumns = {
  '& .column-code, & .column-ratedLevel, & .column-recognisingLevel, & .column-period': { whiteSpace: 'nowrap' },
} as const;

export const ProgrammeList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }}>
    <Datagrid rowClick="show" sx={oneLineColumns}>
      <TextField source="code" />
      <TextField source="name" />
      <SelectField source="ratedLevel" choices={enumChoices('RatedLevel')} sortable={false} />
      <SelectField source="recognisingLevel" choices={enumChoices('RecognisingLevel')} sortable={false} />
      <SelectField source="period" choices={enumChoices('AssessmentPeriod')} sortable={false} />
      <TextField source="criteriaSet.name" sortable={false} emptyText="—" />
    </Datagrid>
  </List>
);
