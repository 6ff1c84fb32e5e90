/** Field-level rules for the record being edited, as the API reports them in `record.access`. */
import { useRecordContext } from 'react-admin';

interface WithAccess {
  access?: { update: boolean; delete: boolean; updatableFields?: string[] | null };
}

/** `(source) => true` when the caller may change that input of this record (a head may not change a unit's code). */
export function useFieldEditable(): (source: string) => boolean {
  const record = useRecordContext<WithAccess & { id: string }>();
  const fields = record?.access?.updatableFields;
  return (source: string) => !fields || fields.includes(source);
}
