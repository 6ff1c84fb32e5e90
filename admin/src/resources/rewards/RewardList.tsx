import { FunctionField, NumberField, NumberInput, SearchInput, SelectField, SelectInput, TextField, useTranslate } from 'react-admin';
import type { Reward } from '../../../../rules/contract';
import { ListDatagrid } from '../../common/ListDatagrid';
import { ResourceList, type ExportColumn } from '../../common/ResourceList';
import { NeighbourhoodInput, ProvinceInput, WardInput } from '../../common/UnitInputs';
import { kindChoices, recipientKindChoices, statusChoices, formChoices } from './choices';
import { RewardStatusField } from './StatusChip';

/** Per unit and year: the unit pickers filter the unit and what is below it. */
const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn min={2000} max={2100} />,
  <ProvinceInput key="provinceId" source="provinceId" />,
  <WardInput key="wardId" source="wardId" />,
  <NeighbourhoodInput key="neighbourhoodId" source="neighbourhoodId" />,
  <SelectInput key="kind" source="kind" choices={kindChoices} />,
  <SelectInput key="status" source="status" choices={statusChoices} />,
];

const exportColumns: Array<ExportColumn<Reward>> = [
  { source: 'year' },
  { source: 'kind', choices: kindChoices },
  { source: 'recipientKind', choices: recipientKindChoices },
  { source: 'recipientName' },
  { source: 'proposingUnit.name' },
  { source: 'status', choices: statusChoices },
  { source: 'decision.form', value: (r) => r.decision?.form ?? '', choices: formChoices },
  { source: 'decision.number', value: (r) => r.decision?.number ?? '' },
  { source: 'reason' },
];

const DecisionText = () => {
  const translate = useTranslate();
  return <FunctionField source="decision.form" render={(r: Reward) => (r.decision ? `${translate(`resources.rewards.forms.${r.decision.form}`)} · ${r.decision.number}` : '—')} />;
};

export const RewardList = () => (
  <ResourceList filters={filters} filterDefaultValues={{ year: new Date().getFullYear() }} exportColumns={exportColumns} sort={{ field: 'year', order: 'DESC' }}>
    <ListDatagrid rowClick="show">
      <NumberField source="year" options={{ useGrouping: false }} />
      <SelectField source="kind" choices={kindChoices} />
      <TextField source="recipientName" />
      <SelectField source="recipientKind" choices={recipientKindChoices} />
      <TextField source="proposingUnit.name" emptyText="—" sortable={false} />
      <RewardStatusField source="status" />
      <DecisionText />
    </ListDatagrid>
  </ResourceList>
);
