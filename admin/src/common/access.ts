/** Field-level rules for the record being edited, as the API reports them in `record.access`. */
import { useRecordContext } from 'react-admin';

interface WithAccess {
  access?: { update: boolean; delete: boolean; updatableFields?: string[] | null };
}

/**
 * `(field) => true` when the caller may change that API field of this record (a head may not
 * change a unit's code; nobody changes a record they may not update). True for all without a record.
 */
export function useFieldEditable(): (field: string) => boolean {
  const record = useRecordContext<WithAccess & { id: string }>();
  const access = record?.access;
  return (field: string) => !access || (access.update && (!access.updatableFields || access.updatableFields.includes(field)));
}
