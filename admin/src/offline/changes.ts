/** What a save kept on the device changes, read the way the history tab reads an audit entry. */
import { visibleChanges } from '../common/changes';
import type { PendingSave } from './queue';

/**
 * Not a change: a field the save does not hold (a locked input sends nothing), or one without a
 * value either side (a picker's helper such as provinceId, which the record lacks).
 */
const blank = (value: unknown) => value === null || value === undefined || value === '';
const unchanged = ({ before, after }: { before: unknown; after: unknown }) => after === undefined || (blank(before) && blank(after));

/** The fields the user changed (an update) or filled in (a new record), with the values they typed. */
export function changedValues(save: Pick<PendingSave, 'kind' | 'data' | 'previousData'>): Record<string, unknown> {
  const changes = visibleChanges({ action: save.kind === 'create' ? 'CREATE' : 'UPDATE', before: save.previousData ?? null, after: save.data });
  return Object.fromEntries(changes.filter((change) => !unchanged(change)).map((change) => [change.field, change.after]));
}
