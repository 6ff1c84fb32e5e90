import { AutocompleteInput, BooleanField, FunctionField, NumberField, ReferenceInput, TextField, useTranslate } from 'react-admin';
import { LocalDateField } from '../../common/LocalDateField';
import { NeighbourhoodInput, WardInput } from '../../common/UnitInputs';
import { ListDatagrid } from '../../common/ListDatagrid';
import { ResourceList, type ExportColumn } from '../../common/ResourceList';
import type { HouseholdCommitment } from '../../../../rules/contract';

const filters = [
  <ReferenceInput key="programmeId" source="programmeId" reference="programmes" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => (q ? { q } : {})} sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <WardInput key="wardId" source="wardId" />,
  <NeighbourhoodInput key="neighbourhoodId" source="neighbourhoodId" />,
];

const exportColumns: Array<ExportColumn<HouseholdCommitment>> = [
  { source: 'neighbourhood.name' },
  { source: 'neighbourhood.households' },
  { source: 'programme.name' },
  { source: 'briefed' },
  { source: 'briefedOn', type: 'date' },
  { source: 'signed' },
  { source: 'signedOn', type: 'date' },
  { source: 'note' },
  { source: 'isSample', type: 'boolean' },
];

/** "x / y hộ": signed of the neighbourhood's households. */
export const SignedOf = ({ record }: { record: Pick<HouseholdCommitment, 'signed'> & { neighbourhood?: { households?: number | null } | null } }) => {
  const translate = useTranslate();
  const households = record.neighbourhood?.households;
  return <>{households == null ? `${record.signed} (${translate('resources.householdCommitments.households_unknown')})` : translate('resources.householdCommitments.signed_of', { signed: record.signed, households })}</>;
};

export const HouseholdCommitmentList = () => (
  <ResourceList filters={filters} exportColumns={exportColumns} sort={{ field: 'updatedAt', order: 'DESC' }}>
    <ListDatagrid rowClick="show">
      <TextField source="neighbourhood.name" sortable={false} />
      <TextField source="programme.name" sortable={false} />
      <NumberField source="briefed" sortable={false} />
      <LocalDateField source="briefedOn" />
      <FunctionField source="signed" sortable={false} render={(r: HouseholdCommitment) => <SignedOf record={r} />} />
      <LocalDateField source="signedOn" />
      <BooleanField source="isSample" looseValue sortable={false} />
    </ListDatagrid>
  </ResourceList>
);
