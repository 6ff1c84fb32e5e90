import { useMemo } from 'react';
import { useGetOne } from 'react-admin';
import type { Assessment, CriteriaSet } from '../../../../rules/contract';

/**
 * The criteria set the assessment is rated by (through its programme), in the edition it was
 * rated on (`criteriaSetEdition`, when the record carries it): a criterion changed or removed
 * later still shows, as the API still scores it.
 */
export function useCriteriaSet(record: (Assessment & { criteriaSetEdition?: Assessment['criteriaSetEdition'] }) | undefined) {
  const id = record?.programme?.criteriaSetId ?? '';
  const query = useGetOne<CriteriaSet & { id: string }>('criteriaSets', { id }, { enabled: !!id });
  const edition = record?.criteriaSetEdition;
  const data = useMemo(
    () => (query.data && edition ? { ...query.data, groups: edition.groups, criteria: edition.criteria, thresholds: edition.thresholds, maxTotal: edition.maxTotal } : query.data),
    [query.data, edition],
  );
  return { ...query, data };
}
