/**
 * The caller's to-dos about rewards (the lead wires them into `todos`): proposals waiting for
 * their decision, and proposals returned to them to revise. Undated: a proposal has no deadline
 * of its own. Three queries at most for the records, three for their units' names.
 */
import { allOf, isAdmin, levelDepth, scopeFilter, type UnitLevel, type Viewer } from '../core/access';
import type { TodoView } from '../deadlines/todos.service';
import { neighbourhoods, provinces, wards } from '../hierarchy/hierarchy.service';
import { isOverdue } from '../../rules/deadlines';
import type { TodoKind } from '../generated/graphql';
import { Reward, type RewardDoc } from './reward.model';
import { canDecide, rewardRefusal, rewards } from './reward.service';

/** At most this many items of each kind (as todos.service's TODO_CAP). */
const CAP = 200;

const what = (r: RewardDoc) => (r.kind === 'DISCIPLINE' ? 'kỷ luật' : 'khen thưởng');

/** Names of the proposing units, one query per level. */
async function unitNames(viewer: Viewer, docs: RewardDoc[]): Promise<Map<string, string>> {
  const repos = { PROVINCE: provinces, WARD: wards, NEIGHBOURHOOD: neighbourhoods } as const;
  const names = new Map<string, string>();
  await Promise.all(
    (Object.keys(repos) as UnitLevel[]).map(async (level) => {
      const ids = [...new Set(docs.filter((d) => d.proposingUnitLevel === level).map((d) => String(d.proposingUnitId)))];
      if (!ids.length) return;
      for (const unit of await repos[level].getMany(viewer, ids)) if (unit) names.set(String(unit._id), unit.name);
    }),
  );
  return names;
}

export async function rewardTodos(viewer: Viewer, now: Date): Promise<TodoView[]> {
  if (rewards.resourcePermissions(viewer).read === false) return [];
  // A proposal is on the list of the level directly above its unit (ADMIN: a province's), though anyone above may decide it.
  const directlyAbove = (r: RewardDoc) =>
    isAdmin(viewer) ? r.proposingUnitLevel === 'PROVINCE' : !!viewer.scope && levelDepth(r.proposingUnitLevel) - levelDepth(viewer.scope.level) === 1;
  const [proposed, returned] = await Promise.all([
    rewards.list(viewer, { status: 'PROPOSED' }, { limit: CAP }, { field: 'updatedAt', order: 'ASC' }),
    Reward.find(allOf(scopeFilter(viewer), { proposedBy: viewer.userId, status: 'DRAFT' }))
      .sort({ updatedAt: 1 })
      .limit(CAP)
      .lean<RewardDoc[]>(),
  ]);
  const toDecide = proposed.items.filter((r) => directlyAbove(r) && canDecide(viewer, r) && rewardRefusal(viewer, r, 'DECIDE') === null);
  const toRevise = returned.filter((r) => r.history.at(-1)?.action === 'RETURN' && rewardRefusal(viewer, r, 'PROPOSE') === null);
  const names = await unitNames(viewer, [...toDecide, ...toRevise]);
  const item = (kind: TodoKind, r: RewardDoc, title: string): TodoView => ({
    id: `${kind}:${String(r._id)}`,
    kind,
    title,
    dueAt: null,
    overdue: isOverdue(null, now),
    recordType: 'Reward',
    recordId: String(r._id),
    subjectName: names.get(String(r.proposingUnitId)) ?? null,
  });
  return [
    ...toDecide.map((r) => item('DECIDE_REWARD', r, `Xem xét, quyết định đề nghị ${what(r)}: ${r.recipientName} (năm ${r.year})`)),
    ...toRevise.map((r) => item('REVISE_REWARD', r, `Hoàn thiện và đề nghị lại ${what(r)}: ${r.recipientName} (năm ${r.year})`)),
  ];
}
