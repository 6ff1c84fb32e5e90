import { AutocompleteInput, ReferenceInput, SelectInput, SimpleForm, TextInput, required, useRecordContext } from 'react-admin';
import { useFieldEditable } from '../../common/access';
import type { Report } from '../../generated/graphql';
import { categoryChoices } from './choices';

/** Officers may correct what the reporter chose: the category, the words, and which business it concerns. */
export const ReportForm = () => {
  const editable = useFieldEditable();
  const record = useRecordContext<Report>();
  return (
    <SimpleForm>
      <SelectInput source="category" choices={categoryChoices} validate={required()} disabled={!editable('category')} sx={{ minWidth: 260 }} />
      <TextInput source="description" multiline minRows={4} fullWidth validate={required()} disabled={!editable('description')} />
      <ReferenceInput source="establishmentId" reference="establishments" filter={record?.wardId ? { wardId: record.wardId } : {}} sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => (q ? { q } : {})} disabled={!editable('establishmentId')} sx={{ minWidth: 320 }} />
      </ReferenceInput>
    </SimpleForm>
  );
};
