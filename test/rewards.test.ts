/**
 * Rewards and discipline (khen thưởng, kỷ luật): a unit proposes, the level above decides. Scoped
 * like every record by the proposing unit; the workflow's steps follow roles and scope, nobody
 * decides their own proposal, and the recognised assessments of a year are the candidates.
 */
import type { Model } from 'mongoose';
import { Organisation } from '../api/organisations/organisation.model';
import { Reward } from '../api/rewards/reward.model';
import { rewardTodos } from '../api/rewards/reward-todos';
import { rewards as rewardRepo } from '../api/rewards/reward.service';
import { viewerForUser } from '../api/users/auth';
import { User } from '../api/users/user.model';
import { codeOf, fixtureIds, startTestApp, type FixtureIds, type GraphQLResponse, type TestApp } from './helpers/app';

let app: TestApp;
let id: FixtureIds;
let vp = '';
const YEAR = new Date().getFullYear();

const FIELDS = `id version status kind recipientKind recipientName recipientUnitId recipientUnitLevel recipientUnitName modelId assessmentId year reason
  proposingUnitId proposingUnitLevel proposingUnit { id name } provinceId wardId neighbourhoodId returned allowedActions
  history { action byName note by { username } }
  decision { number date form amount issuingLevel issuingUnitId issuingUnit { name } issuingBody }
  access { update delete }`;
interface RewardView {
  id: string;
  version: number;
  status: string;
  recipientName: string;
  recipientUnitId: string | null;
  recipientUnitLevel: string | null;
  recipientUnitName: string | null;
  modelId: string | null;
  assessmentId: string | null;
  proposingUnit: { id: string; name: string } | null;
  provinceId: string;
  wardId: string | null;
  neighbourhoodId: string | null;
  returned: boolean;
  allowedActions: string[];
  history: Array<{ action: string; byName: string; note: string | null; by: { username: string } | null }>;
  decision: { number: string; date: string; form: string; amount: number | null; issuingLevel: string; issuingUnitId: string | null; issuingUnit: { name: string } | null; issuingBody: string | null } | null;
  access: { update: boolean; delete: boolean };
}

const input = (proposingUnitId: string, extra: Record<string, unknown> = {}) => ({
  proposingUnitId,
  kind: 'COMMENDATION',
  recipientKind: 'COLLECTIVE',
  recipientName: 'Tổ ANTT Tổ dân phố 3/2',
  year: YEAR,
  reason: 'Có thành tích xuất sắc trong xây dựng và duy trì mô hình',
  ...extra,
});
const create = (as: string, i: Record<string, unknown>) => app.gql<{ createReward: RewardView }>(`mutation($i: RewardCreateInput!) { createReward(input: $i) { ${FIELDS} } }`, { i }, as);
const made = async (as: string, i: Record<string, unknown>) => {
  const res = await create(as, i);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createReward;
};
const get = (as: string, rewardId: string) => app.gql<{ reward: RewardView | null }>(`query($id: ID!) { reward(id: $id) { ${FIELDS} } }`, { id: rewardId }, as);
const update = (as: string, rewardId: string, i: Record<string, unknown>, v?: number) =>
  app.gql<{ updateReward: RewardView }>(`mutation($id: ID!, $i: RewardUpdateInput!, $v: Int) { updateReward(id: $id, input: $i, expectedVersion: $v) { ${FIELDS} } }`, { id: rewardId, i, v }, as);
const remove = (as: string, rewardId: string) => app.gql<{ deleteReward: string }>('mutation($id: ID!) { deleteReward(id: $id) }', { id: rewardId }, as);
const propose = (as: string, rewardId: string, v?: number) =>
  app.gql<{ proposeReward: RewardView }>(`mutation($id: ID!, $v: Int) { proposeReward(id: $id, expectedVersion: $v) { ${FIELDS} } }`, { id: rewardId, v }, as);
const reject = (as: string, rewardId: string, note: string) =>
  app.gql<{ rejectReward: RewardView }>(`mutation($id: ID!, $n: String!) { rejectReward(id: $id, note: $n) { ${FIELDS} } }`, { id: rewardId, n: note }, as);
const sendBack = (as: string, rewardId: string, note: string) =>
  app.gql<{ returnReward: RewardView }>(`mutation($id: ID!, $n: String!) { returnReward(id: $id, note: $n) { ${FIELDS} } }`, { id: rewardId, n: note }, as);
const DECISION = { number: '125/QĐ-UBND', date: `${YEAR}-12-20`, form: 'CERTIFICATE_OF_MERIT', amount: 2_000_000 };
const decide = (as: string, rewardId: string, d: Record<string, unknown> = DECISION, v?: number) =>
  app.gql<{ decideReward: RewardView }>(`mutation($id: ID!, $d: RewardDecisionInput!, $v: Int) { decideReward(id: $id, input: $d, expectedVersion: $v) { ${FIELDS} } }`, { id: rewardId, d, v }, as);
const listed = async (as: string, filter: Record<string, unknown> = {}) => {
  const res = await app.gql<{ rewards: { items: Array<{ id: string }>; total: number } }>('query($f: RewardFilter) { rewards(filter: $f, page: { limit: 200 }) { total items { id } } }', { f: filter }, as);
  expect(res.errors).toBeUndefined();
  return res.data?.rewards.items.map((r) => r.id).sort() ?? [];
};
const refusalOf = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.refusal;
const fieldsOf = (res: GraphQLResponse<unknown>) => ((res.errors?.[0]?.extensions?.fields ?? []) as Array<{ path: string }>).map((f) => f.path);
const viewer = async (username: string) => viewerForUser((await User.findOne({ username }).lean()) as never);

beforeAll(async () => {
  app = await startTestApp({ seed: 'demo' });
  id = await fixtureIds(app);
  vp = String((await Organisation.findOne({ name: 'Văn phòng UBND tỉnh Sơn La' }).lean())?._id ?? '');
}, 240_000);
afterAll(() => app.close());

describe('creating and reading, per role and scope', () => {
  const r = { tdp32: '', thaonguyen: '', yencuong: '', sonlaVp: '' };
  beforeAll(async () => {
    r.tdp32 = (await made('tdp32', input(id.tdp32, { recipientUnitId: id.tdp32 }))).id;
    r.thaonguyen = (await made('thaonguyen', input(id.thaonguyen, { recipientKind: 'INDIVIDUAL', recipientName: 'Nguyễn Văn A' }))).id;
    r.yencuong = (await made('yencuong', input(id.yencuong, { recipientKind: 'HOUSEHOLD', recipientName: 'Hộ ông Trần Văn B', recipientUnitId: id.yencuongThon }))).id;
    if (vp) r.sonlaVp = (await made('sonla', input(id.sonla, { recipientName: 'Văn phòng UBND tỉnh Sơn La', recipientUnitId: vp }))).id;
  });

  test('a draft takes its proposing unit’s place and names its recipient unit', async () => {
    expect(vp).not.toBe('');
    const res = await get('thaonguyen', r.tdp32);
    expect(res.data?.reward).toMatchObject({
      status: 'DRAFT',
      proposingUnit: { id: id.tdp32 },
      wardId: id.thaonguyen,
      neighbourhoodId: id.tdp32,
      recipientUnitId: id.tdp32,
      recipientUnitLevel: 'NEIGHBOURHOOD',
      recipientUnitName: 'Tổ dân phố 3/2',
      returned: false,
      access: { update: true, delete: true },
    });
    expect(res.data?.reward?.allowedActions).toEqual(['PROPOSE']);
  });

  test.each([
    ['admin', ['tdp32', 'thaonguyen', 'yencuong', 'sonlaVp']],
    ['sonla', ['tdp32', 'thaonguyen', 'sonlaVp']],
    ['thaonguyen', ['tdp32', 'thaonguyen']],
    ['tdp32', ['tdp32']],
    ['viewer', ['tdp32', 'thaonguyen', 'sonlaVp']],
    ['ninhbinh', ['yencuong']],
    ['yencuong', ['yencuong']],
    ['daklak', []],
    ['vpubndsonla', ['sonlaVp']],
  ])('%s lists the rewards of their scope only', async (user, keys) => {
    const expected = keys.filter((k) => r[k as keyof typeof r]).map((k) => r[k as keyof typeof r]);
    const mine = (await listed(user)).filter((x) => Object.values(r).includes(x));
    expect(mine).toEqual(expected.sort());
  });

  test('a reward outside the scope is NOT_FOUND; filters by unit, year, kind and status', async () => {
    expect(codeOf(await get('yencuong', r.tdp32))).toBe('NOT_FOUND');
    expect(codeOf(await get('tdp32', r.thaonguyen))).toBe('NOT_FOUND');
    expect(await listed('admin', { proposingUnitId: id.thaonguyen })).toEqual([r.thaonguyen]);
    expect(await listed('admin', { neighbourhoodId: id.tdp32, year: YEAR, kind: 'COMMENDATION', status: 'DRAFT' })).toEqual([r.tdp32]);
    expect(await listed('admin', { wardId: id.thaonguyen, year: YEAR - 1 })).toEqual([]);
    expect(await listed('admin', { q: 'nguyen van a' })).toEqual([r.thaonguyen]);
  });

  test.each([
    ['viewer', 'thaonguyen', 'FORBIDDEN'],
    ['vpubndsonla', 'sonla', 'FORBIDDEN'],
    // A head reads their ward (an ancestor) but proposes only for their own neighbourhood.
    ['tdp32', 'thaonguyen', 'FORBIDDEN'],
    ['yencuong', 'thaonguyen', 'BAD_USER_INPUT'],
    ['daklak', 'tdp32', 'BAD_USER_INPUT'],
  ] as const)('%s may not create a reward for %s (%s)', async (user, unit, code) => {
    expect(codeOf(await create(user, input(id[unit])))).toBe(code);
  });

  test('the recipient unit must lie in the proposing unit; a model or assessment must be in scope', async () => {
    expect(fieldsOf(await create('thaonguyen', input(id.tdp32, { recipientUnitId: id.tdp1 })))).toEqual(id.tdp1 === id.tdp32 ? [] : ['input.recipientUnitId']);
    expect(fieldsOf(await create('sonla', input(id.sonla, { recipientUnitId: id.yencuong })))).toEqual(['input.recipientUnitId']);
    expect(fieldsOf(await create('sonla', input(id.sonla, { recipientUnitId: id.sonla })))).toEqual(['input.recipientUnitId']);
    const yencuongModel = await app.gql<{ models: { items: Array<{ id: string }> } }>('{ models(page: { limit: 1 }) { items { id } } }', {}, 'yencuong');
    const modelId = yencuongModel.data?.models.items[0]?.id;
    if (modelId) expect(fieldsOf(await create('thaonguyen', input(id.thaonguyen, { modelId })))).toEqual(['input.modelId']);
  });

  test('bad input is BAD_USER_INPUT with field paths', async () => {
    const res = await create('thaonguyen', input(id.thaonguyen, { recipientName: '  ', year: 1990, reason: '' }));
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(res).sort()).toEqual(['input.reason', 'input.recipientName', 'input.year']);
    expect(codeOf(await create('thaonguyen', input(id.thaonguyen, { kind: 'MEDAL' })))).toBe('BAD_USER_INPUT');
    expect(fieldsOf(await create('thaonguyen', input('not-an-id')))).toEqual(['input.proposingUnitId']);
  });

  test('drafts are updated by their keepers, with a version check; others may not', async () => {
    const before = (await get('thaonguyen', r.thaonguyen)).data?.reward as RewardView;
    const res = await update('thaonguyen', r.thaonguyen, { recipientName: 'Nguyễn Văn An' }, before.version);
    expect(res.data?.updateReward).toMatchObject({ recipientName: 'Nguyễn Văn An', version: before.version + 1 });
    const stale = await update('thaonguyen', r.thaonguyen, { recipientName: 'Nguyễn Văn Ân' }, before.version);
    expect([codeOf(stale), refusalOf(stale)]).toEqual(['CONFLICT', 'STALE_VERSION']);
    expect(codeOf(await update('viewer', r.thaonguyen, { recipientName: 'X' }))).toBe('FORBIDDEN');
    expect(codeOf(await update('tdp32', r.thaonguyen, { recipientName: 'X' }))).toBe('NOT_FOUND');
    expect(codeOf(await update('yencuong', r.thaonguyen, { recipientName: 'X' }))).toBe('NOT_FOUND');
    expect(fieldsOf(await update('thaonguyen', r.thaonguyen, { year: 3000 }))).toEqual(['input.year']);
  });

  test('a draft is deleted by its keepers only', async () => {
    const draft = await made('tdp32', input(id.tdp32, { recipientName: 'Hộ bà Lò Thị C', recipientKind: 'HOUSEHOLD' }));
    expect(codeOf(await remove('viewer', draft.id))).toBe('FORBIDDEN');
    expect(codeOf(await remove('ninhbinh', draft.id))).toBe('NOT_FOUND');
    expect((await remove('tdp32', draft.id)).data?.deleteReward).toBe(draft.id);
    expect(codeOf(await get('admin', draft.id))).toBe('NOT_FOUND');
  });
});

describe('rewards go up and come back decided', () => {
  test('a ward officer proposes, the province officer decides, the ward officer sees the decision', async () => {
    const draft = await made('thaonguyen', input(id.thaonguyen, { recipientName: 'Tổ dân phố 3/2', recipientUnitId: id.tdp32 }));
    const proposed = await propose('thaonguyen', draft.id, draft.version);
    expect(proposed.data?.proposeReward).toMatchObject({ status: 'PROPOSED', access: { update: false, delete: false } });
    // Frozen while it is up for decision.
    const locked = await update('thaonguyen', draft.id, { reason: 'Sửa' });
    expect([codeOf(locked), refusalOf(locked)]).toEqual(['CONFLICT', 'LOCKED_BY_WORKFLOW']);
    // The proposer cannot decide, nor can a province officer of another province (not even see it), nor a head.
    expect(codeOf(await decide('thaonguyen', draft.id))).toBe('FORBIDDEN');
    expect(codeOf(await decide('ninhbinh', draft.id))).toBe('NOT_FOUND');
    expect(codeOf(await decide('tdp32', draft.id))).toBe('NOT_FOUND');
    expect(codeOf(await decide('viewer', draft.id))).toBe('FORBIDDEN');
    expect((await get('thaonguyen', draft.id)).data?.reward?.allowedActions).toEqual([]);
    expect((await get('sonla', draft.id)).data?.reward?.allowedActions).toEqual(['DECIDE', 'REJECT', 'RETURN']);

    // The province's to-do list holds it, the ward's does not.
    const sonlaTodos = await rewardTodos(await viewer('sonla'), new Date());
    expect(sonlaTodos).toContainEqual(expect.objectContaining({ id: `DECIDE_REWARD:${draft.id}`, kind: 'DECIDE_REWARD', recordType: 'Reward', recordId: draft.id, subjectName: 'Phường Thảo Nguyên', overdue: false, dueAt: null }));
    expect((await rewardTodos(await viewer('thaonguyen'), new Date())).map((t) => t.recordId)).not.toContain(draft.id);
    expect((await rewardTodos(await viewer('ninhbinh'), new Date())).map((t) => t.recordId)).not.toContain(draft.id);

    const stale = await decide('sonla', draft.id, DECISION, draft.version);
    expect([codeOf(stale), refusalOf(stale)]).toEqual(['CONFLICT', 'STALE_VERSION']);
    const decided = await decide('sonla', draft.id, { ...DECISION, issuingBody: 'Chủ tịch UBND tỉnh Sơn La' });
    expect(decided.errors).toBeUndefined();
    const seen = (await get('thaonguyen', draft.id)).data?.reward;
    expect(seen).toMatchObject({
      status: 'DECIDED',
      decision: { number: '125/QĐ-UBND', date: `${YEAR}-12-20`, form: 'CERTIFICATE_OF_MERIT', amount: 2_000_000, issuingLevel: 'PROVINCE', issuingUnitId: id.sonla, issuingUnit: { name: 'Tỉnh Sơn La' }, issuingBody: 'Chủ tịch UBND tỉnh Sơn La' },
      access: { update: false, delete: false },
      allowedActions: [],
    });
    expect(seen?.history.map((s) => [s.action, s.byName])).toEqual([['PROPOSE', 'thaonguyen'], ['DECIDE', 'sonla']]);
    expect((await rewardTodos(await viewer('sonla'), new Date())).map((t) => t.recordId)).not.toContain(draft.id);

    // A decided reward is a record of the decision: not deleted, not decided again.
    const del = await remove('admin', draft.id);
    expect([codeOf(del), refusalOf(del)]).toEqual(['CONFLICT', 'WRONG_STATE']);
    const again = await decide('admin', draft.id);
    expect([codeOf(again), refusalOf(again)]).toEqual(['CONFLICT', 'WRONG_STATE']);

    // Every step is audited under its own action.
    const audit = await app.gql<{ auditEntries: { items: Array<{ action: string }> } }>('query($id: ID!) { auditEntries(filter: { entityId: $id }) { items { action } } }', { id: draft.id }, 'admin');
    expect(audit.data?.auditEntries.items.map((e) => e.action).sort()).toEqual(['CREATE', 'DECIDE', 'PROPOSE']);
  });

  test('a neighbourhood’s proposal goes to the ward, is returned, revised, proposed again and rejected', async () => {
    const draft = await made('tdp32', input(id.tdp32, { recipientKind: 'HOUSEHOLD', recipientName: 'Hộ ông Cầm Văn D' }));
    await propose('tdp32', draft.id);
    expect((await rewardTodos(await viewer('thaonguyen'), new Date())).map((t) => t.kind + ':' + t.recordId)).toContain(`DECIDE_REWARD:${draft.id}`);
    // The province may decide too, but it is the ward's to do.
    expect((await get('sonla', draft.id)).data?.reward?.allowedActions).toEqual(['DECIDE', 'REJECT', 'RETURN']);
    expect((await rewardTodos(await viewer('sonla'), new Date())).map((t) => t.recordId)).not.toContain(draft.id);
    expect(codeOf(await sendBack('tdp32', draft.id, 'Tự trả lại'))).toBe('FORBIDDEN');
    expect(fieldsOf(await sendBack('thaonguyen', draft.id, '  '))).toEqual(['note']);

    const returned = await sendBack('thaonguyen', draft.id, 'Bổ sung thành tích cụ thể');
    expect(returned.data?.returnReward).toMatchObject({ status: 'DRAFT', returned: true });
    const headTodos = await rewardTodos(await viewer('tdp32'), new Date());
    expect(headTodos).toContainEqual(expect.objectContaining({ id: `REVISE_REWARD:${draft.id}`, kind: 'REVISE_REWARD', subjectName: 'Tổ dân phố 3/2' }));
    expect((await update('tdp32', draft.id, { reason: 'Phát hiện, tố giác 02 vụ trộm cắp tài sản' })).errors).toBeUndefined();
    expect((await propose('tdp32', draft.id)).data?.proposeReward.status).toBe('PROPOSED');
    expect((await rewardTodos(await viewer('tdp32'), new Date())).map((t) => t.recordId)).not.toContain(draft.id);

    expect(fieldsOf(await reject('thaonguyen', draft.id, ''))).toEqual(['note']);
    const rejected = await reject('thaonguyen', draft.id, 'Chưa đủ tiêu chuẩn');
    expect(rejected.data?.rejectReward).toMatchObject({ status: 'REJECTED', returned: false, decision: null, access: { update: false, delete: false } });
    expect(rejected.data?.rejectReward.history.map((s) => s.action)).toEqual(['PROPOSE', 'RETURN', 'PROPOSE', 'REJECT']);
    expect(codeOf(await remove('tdp32', draft.id))).toBe('CONFLICT');
  });

  test('a province’s proposal is an administrator’s to decide; whoever proposed it may not', async () => {
    const provincial = await made('sonla', input(id.sonla, { recipientName: 'Công an phường Thảo Nguyên', recipientUnitId: id.thaonguyen }));
    await propose('sonla', provincial.id);
    expect(codeOf(await decide('sonla', provincial.id))).toBe('FORBIDDEN');
    expect((await rewardTodos(await viewer('admin'), new Date())).map((t) => t.recordId)).toContain(provincial.id);
    const decided = await decide('admin', provincial.id, { number: '01/QĐ-BCA', date: `${YEAR}-12-30`, form: 'MERIT_DIPLOMA' });
    expect(decided.data?.decideReward.decision).toMatchObject({ issuingLevel: 'CENTRAL', issuingUnitId: null, issuingUnit: null, amount: null });

    // A province officer who proposes a ward's draft does not decide it either; the administrator does.
    const ward = await made('thaonguyen', input(id.thaonguyen));
    await propose('sonla', ward.id);
    expect(codeOf(await decide('sonla', ward.id))).toBe('FORBIDDEN');
    expect((await get('admin', ward.id)).data?.reward?.allowedActions).toEqual(['DECIDE', 'REJECT', 'RETURN']);
  });

  test('a decision must fit its kind and be complete', async () => {
    const discipline = await made('thaonguyen', input(id.thaonguyen, { kind: 'DISCIPLINE', recipientKind: 'INDIVIDUAL', recipientName: 'Lê Văn E', reason: 'Vi phạm quy chế hoạt động của tổ' }));
    await propose('thaonguyen', discipline.id);
    expect(fieldsOf(await decide('sonla', discipline.id, DECISION)).sort()).toEqual(['input.amount', 'input.form']);
    expect(fieldsOf(await decide('sonla', discipline.id, { number: ' ', date: `${YEAR}-11-01`, form: 'REPRIMAND', issuingBody: 'x'.repeat(301) })).sort()).toEqual(['input.issuingBody', 'input.number']);
    // The date is checked by its scalar before anything else.
    expect(codeOf(await decide('sonla', discipline.id, { number: '07/QĐ-CAT', date: `${YEAR}-02-30`, form: 'REPRIMAND' }))).toBe('BAD_USER_INPUT');
    expect(fieldsOf(await decide('sonla', discipline.id, { ...DECISION, form: 'REPRIMAND', amount: 1e15 }))).toEqual(['input.amount']);
    const ok = await decide('sonla', discipline.id, { number: '07/QĐ-CAT', date: `${YEAR}-11-01`, form: 'REPRIMAND' });
    expect(ok.data?.decideReward).toMatchObject({ status: 'DECIDED', decision: { form: 'REPRIMAND', amount: null } });
    // Proposing twice, or deciding a draft, is the wrong state.
    const draft = await made('thaonguyen', input(id.thaonguyen));
    const early = await decide('sonla', draft.id);
    expect([codeOf(early), refusalOf(early)]).toEqual(['CONFLICT', 'WRONG_STATE']);
    await propose('thaonguyen', draft.id);
    expect(refusalOf(await propose('thaonguyen', draft.id))).toBe('WRONG_STATE');
    expect(refusalOf(await propose('thaonguyen', draft.id, 1))).toBe('STALE_VERSION');
  });
});

describe('candidates: the recognised assessments of a year', () => {
  const candidates = (as: string, unitId: string, year = YEAR) =>
    app.gql<{ rewardCandidates: Array<{ assessment: { id: string; status: string }; recipientKind: string; recipientName: string; recipientUnitId: string | null; modelId: string | null; reason: string }> }>(
      'query($u: ID!, $y: Int!) { rewardCandidates(unitId: $u, year: $y) { assessment { id status } recipientKind recipientName recipientUnitId modelId reason } }',
      { u: unitId, y: year },
      as,
    );

  test('are offered until a reward refers to them, once each, within scope', async () => {
    const recognised = await app.gql<{ assessments: { items: Array<{ id: string; subjectId: string }> } }>(
      'query($w: ID!, $y: Int!) { assessments(filter: { wardId: $w, year: $y, status: RECOGNIZED }, page: { limit: 200 }) { items { id subjectId } } }',
      { w: id.thaonguyen, y: YEAR },
      'admin',
    );
    const all = recognised.data?.assessments.items ?? [];
    expect(all.length).toBeGreaterThan(1);
    const first = await candidates('thaonguyen', id.thaonguyen);
    expect(first.errors).toBeUndefined();
    const offered = first.data?.rewardCandidates ?? [];
    expect(offered.map((c) => c.assessment.id).sort()).toEqual(all.map((a) => a.id).sort());
    expect(offered.every((c) => c.assessment.status === 'RECOGNIZED' && c.recipientKind === 'COLLECTIVE' && c.reason.includes(String(YEAR)))).toBe(true);
    // A rated neighbourhood is the recipient unit itself; a rated business has none (it is named).
    const subjectOf = new Map(all.map((a) => [a.id, a.subjectId]));
    expect(offered.every((c) => c.recipientUnitId === null || c.recipientUnitId === subjectOf.get(c.assessment.id))).toBe(true);
    const pick = offered.find((c) => c.recipientUnitId) as (typeof offered)[number];
    expect(pick.recipientName).toMatch(/^Tổ dân phố/);
    expect(pick.reason).not.toMatch(/““|””/);

    // Taking one (its prefilled fields as the console sends them) removes it; a refused proposal would give it back.
    const reward = await made('thaonguyen', input(id.thaonguyen, { recipientName: pick.recipientName, recipientUnitId: pick.recipientUnitId, assessmentId: pick.assessment.id, reason: pick.reason }));
    const after = (await candidates('thaonguyen', id.thaonguyen)).data?.rewardCandidates.map((c) => c.assessment.id) ?? [];
    expect(after).toHaveLength(offered.length - 1);
    expect(after).not.toContain(pick.assessment.id);
    expect(await listed('thaonguyen', { assessmentId: pick.assessment.id })).toEqual([reward.id]);
    // Rewarded higher up counts too: the province's list does not offer it either.
    expect((await candidates('sonla', id.sonla)).data?.rewardCandidates.map((c) => c.assessment.id)).not.toContain(pick.assessment.id);
    await propose('thaonguyen', reward.id);
    await reject('sonla', reward.id, 'Trùng đề nghị');
    expect((await candidates('thaonguyen', id.thaonguyen)).data?.rewardCandidates.map((c) => c.assessment.id)).toContain(pick.assessment.id);

    // A head sees their own neighbourhood's only; outside the scope the unit is unknown; another year has none.
    const head = (await candidates('tdp32', id.tdp32)).data?.rewardCandidates ?? [];
    expect(head.every((c) => c.recipientUnitId === null || c.recipientUnitId === id.tdp32)).toBe(true);
    expect(head.length).toBeLessThan(offered.length);
    expect(fieldsOf(await candidates('ninhbinh', id.thaonguyen))).toEqual(['unitId']);
    expect(fieldsOf(await candidates('thaonguyen', id.thaonguyen, 1900))).toEqual(['year']);
    expect((await candidates('thaonguyen', id.thaonguyen, YEAR - 5)).data?.rewardCandidates).toEqual([]);
  });

  test('candidates cost a bounded number of queries, whatever their number', async () => {
    const counted = await app.countCommands(async () => {
      expect((await candidates('admin', id.sonla)).errors).toBeUndefined();
    });
    // The unit (three collections), the assessments and their count, the rewards, then the names batched.
    expect(counted.byName.find ?? 0).toBeLessThanOrEqual(10);
  });
});

describe('a model’s rewards and the indexes', () => {
  test('Model.rewards lists the rewards tied to the model', async () => {
    const models = await app.gql<{ models: { items: Array<{ id: string }> } }>('query($w: ID!) { models(filter: { wardId: $w }, page: { limit: 1 }) { items { id } } }', { w: id.thaonguyen }, 'thaonguyen');
    const modelId = models.data?.models.items[0]?.id;
    if (!modelId) return;
    const reward = await made('thaonguyen', input(id.thaonguyen, { modelId }));
    const res = await app.gql<{ model: { rewards: { total: number; items: Array<{ id: string; model: { id: string } }> } } }>(
      'query($id: ID!) { model(id: $id) { rewards { total items { id model { id } } } } }',
      { id: modelId },
      'viewer',
    );
    expect(res.data?.model.rewards).toEqual({ total: 1, items: [{ id: reward.id, model: { id: modelId } }] });
  });

  test('every sort field and filter has an index', async () => {
    const indexes = (await (Reward as unknown as Model<never>).listIndexes()) as Array<{ key: Record<string, number> }>;
    const keys = indexes.map((i) => Object.keys(i.key)[0]);
    const filters = ['provinceId', 'wardId', 'neighbourhoodId', 'organisationId', 'proposingUnitId', 'recipientUnitId', 'modelId', 'assessmentId', 'year', 'kind', 'status', 'proposedBy'];
    expect([...Object.values(rewardRepo.def.sortFields), ...filters].filter((f) => !keys.includes(f))).toEqual([]);
  });
});
