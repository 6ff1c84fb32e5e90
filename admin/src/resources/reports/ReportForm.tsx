import { AutocompleteInput, ReferenceInput, SelectInput, TextInput, required, useRecordContext } from 'react-admin';
import { ResourceForm } from '../../common/ResourceForm';
import type { Report } from '../../../../rules/contract';
import { categoryChoices } from './choices';

/** Officers may correct what the reporter chose: the category, the words, and which business it concerns. */
export const ReportForm = () => {
  const record = useRecordContext<Report>();
  return (
    <ResourceForm>
      <SelectInput source="category" choices={categoryChoices} validate={required()} sx={{ minWidth: 260 }} />
      <TextInput source="description" multiline minRows={4} fullWidth validate={required()} />
      <ReferenceInput source="establishmentId" reference="establishments" filter={record?.wardId ? { wardId: record.wardId } : {}} sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => (q ? { q } : {})} sx={{ minWidth: 320 }} />
      </ReferenceInput>
    </ResourceForm>
  );
};
