import { BooleanField, FunctionField, NumberField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { LocalDateField } from '../../common/LocalDateField';
import { RecordHistory } from '../../common/RecordHistory';
import type { HouseholdCommitment } from '../../../../rules/contract';
import { SignedOf } from './HouseholdCommitmentList';

export const HouseholdCommitmentShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="neighbourhoodId" reference="neighbourhoods" link="show" />
      <ReferenceField source="programmeId" reference="programmes" link="show" />
      <NumberField source="neighbourhood.households" emptyText="—" />
      <NumberField source="briefed" />
      <LocalDateField source="briefedOn" />
      <FunctionField source="signed" render={(r: HouseholdCommitment) => <SignedOf record={r} />} />
      <LocalDateField source="signedOn" />
      <TextField source="note" emptyText="—" />
      <BooleanField source="isSample" looseValue />
      <RecordHistory />
    </SimpleShowLayout>
  </Show>
);
