import { CreateButton, NumberField, Pagination, ReferenceManyField, SelectField, TextField, useRecordContext } from 'react-admin';
import { EmptyNote } from '../../common/EmptyNote';
import { ListDatagrid } from '../../common/ListDatagrid';
import { kindChoices } from './choices';
import { RewardStatusField } from './StatusChip';

/** A model's rewards and discipline, newest year first, on the model's page; "create" opens the form with the model chosen. */
export const ModelRewards = () => {
  const model = useRecordContext<{ id: string; provinceId?: string; wardId?: string | null; neighbourhoodId?: string | null }>();
  if (!model) return null;
  const unit = { provinceId: model.provinceId, wardId: model.wardId ?? null, neighbourhoodId: model.neighbourhoodId ?? null };
  return (
    <>
      <CreateButton resource="rewards" state={{ record: { modelId: model.id, ...unit } }} />
      <ReferenceManyField reference="rewards" target="modelId" label={false} sort={{ field: 'year', order: 'DESC' }} pagination={<Pagination />}>
        <ListDatagrid rowClick="show" bulkActionButtons={false} empty={<EmptyNote message="resources.rewards.model_none" />}>
          <NumberField source="year" options={{ useGrouping: false }} />
          <SelectField source="kind" choices={kindChoices} />
          <TextField source="recipientName" />
          <RewardStatusField source="status" />
        </ListDatagrid>
      </ReferenceManyField>
    </>
  );
};
