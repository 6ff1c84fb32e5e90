import { useGetOne } from 'react-admin';
import type { Assessment, CriteriaSet } from '../../../../rules/contract';

/** The criteria set the assessment is rated by (through its programme). */
export function useCriteriaSet(record: Assessment | undefined) {
  const id = record?.programme?.criteriaSetId ?? '';
  return useGetOne<CriteriaSet & { id: string }>('criteriaSets', { id }, { enabled: !!id });
}
