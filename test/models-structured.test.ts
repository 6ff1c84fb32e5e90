/**
 * A model's and a programme's structured plan data (issue 14): duties per body, funding rows,
 * documents linked by basedOn (the legal-basis chain), recipients and the groups' naming rule.
 */
import { codeOf, fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';

let app: TestApp;
let id: FixtureIds;
const made: Record<string, string> = {};

const FIELDS = `id version nextPlan groupNamingRule recipients
  responsibilities { body duties note }
  funding { source legalBasis year plannedAmount spentAmount note }
  documents { number title basedOn }
  legalBasisChain { number title }`;
const CREATE = `mutation($input: ModelCreateInput!) { createModel(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: ModelUpdateInput!, $v: Int) { updateModel(id: $id, input: $input, expectedVersion: $v) { ${FIELDS} } }`;
const GET = `query($id: ID!) { model(id: $id) { ${FIELDS} } }`;

type ModelView = {
  id: string;
  version: number;
  nextPlan: string | null;
  groupNamingRule: string | null;
  recipients: string[];
  responsibilities: Array<{ body: string; duties: string[]; note: string | null }>;
  funding: Array<{ source: string; legalBasis: string | null; year: number | null; plannedAmount: number | null; spentAmount: number | null; note: string | null }>;
  documents: Array<{ number: string | null; title: string | null; basedOn: string | null }>;
  legalBasisChain: Array<{ number: string | null; title: string | null }>;
};

const DUTIES = [
  { body: 'Công an xã', duties: ['Chủ trì tham mưu, giúp việc cho Đảng ủy, UBND xã.', 'Phân công Cảnh sát khu vực phụ trách từng nhóm Zalo.'], note: 'Mục IV.1' },
  { body: 'Thôn, xóm', duties: ['Phối hợp với CSKV quản lý nhóm Zalo.'] },
];
const FUNDING = [
  { source: 'Nguồn ngân sách xã', legalBasis: 'Thông tư số 40/2023/TT-BTC', year: 2026, plannedAmount: 15_000_000, spentAmount: 4_500_000 },
  { source: 'Các nguồn vận động hợp pháp khác' },
];
const DOCUMENTS = [
  { number: '1111/KH-UBND', date: '2026-05-11', issuer: 'UBND xã Yên Cường', title: 'Kế hoạch triển khai', basedOn: '59/KH-CAT-PC06' },
  { number: '59/KH-CAT-PC06', date: '2026-03-11', issuer: 'Công an tỉnh Ninh Bình', title: 'Kế hoạch của Công an tỉnh', basedOn: 'Chỉ thị không số' },
  { number: '40/2023/TT-BTC', issuer: 'Bộ Tài chính' },
];

const input = (name: string, unitId: string, extra: Record<string, unknown> = {}) => ({
  name,
  category: 'ZALO_GROUP',
  unitId,
  leadBody: 'Công an xã Yên Cường',
  status: 'PLANNED',
  responsibilities: DUTIES,
  funding: FUNDING,
  documents: DOCUMENTS,
  recipients: ['Phòng PC06', 'Các Thôn, xóm'],
  groupNamingRule: 'Zalo ANTT {unit} xã Yên Cường',
  ...extra,
});

beforeAll(async () => {
  app = await startTestApp();
  id = await fixtureIds(app);
  const yc = await app.gql<{ createModel: ModelView }>(CREATE, { input: input('Zalo ANTT (thử)', id.yencuong) }, 'yencuong');
  expect(yc.errors).toBeUndefined();
  made.yencuong = yc.data?.createModel.id as string;
  const nb = await app.gql<{ createModel: ModelView }>(CREATE, { input: input('Góc an ninh (thử)', id.tdp32, { category: 'OTHER', leadBody: 'Tổ dân phố 3/2' }) }, 'thaonguyen');
  expect(nb.errors).toBeUndefined();
  made.tdp32 = nb.data?.createModel.id as string;
});
afterAll(() => app.close());

describe('models', () => {
  test('duties, funding rows, recipients and the naming rule are stored as given; documents form a chain from the highest basis down', async () => {
    const res = await app.gql<{ model: ModelView }>(GET, { id: made.yencuong }, 'ninhbinh');
    expect(res.errors).toBeUndefined();
    const m = res.data?.model as ModelView;
    expect(m.responsibilities).toEqual([DUTIES[0], { ...DUTIES[1], note: null }]);
    expect(m.funding).toEqual([
      { ...FUNDING[0], note: null },
      { source: 'Các nguồn vận động hợp pháp khác', legalBasis: null, year: null, plannedAmount: null, spentAmount: null, note: null },
    ]);
    expect(m.recipients).toEqual(['Phòng PC06', 'Các Thôn, xóm']);
    expect(m.groupNamingRule).toBe('Zalo ANTT {unit} xã Yên Cường');
    expect(m.documents.map((d) => d.basedOn)).toEqual(['59/KH-CAT-PC06', 'Chỉ thị không số', null]);
    // A basis not among the documents ends the chain as a bare reference (a title: it has no number).
    expect(m.legalBasisChain).toEqual([
      { number: null, title: 'Chỉ thị không số' },
      { number: '59/KH-CAT-PC06', title: 'Kế hoạch của Công an tỉnh' },
      { number: '1111/KH-UBND', title: 'Kế hoạch triển khai' },
    ]);
  });

  test('lists given on update replace the stored ones whole; left out, they stay; the change is audited', async () => {
    const before = (await app.gql<{ model: ModelView }>(GET, { id: made.yencuong }, 'yencuong')).data?.model as ModelView;
    const res = await app.gql<{ updateModel: ModelView }>(
      UPDATE,
      { id: made.yencuong, v: before.version, input: { responsibilities: [{ body: 'Ủy ban MTTQ xã', duties: ['Phối hợp tuyên truyền.'] }], funding: [], recipients: ['Lưu: VT, CAX'] } },
      'yencuong',
    );
    expect(res.errors).toBeUndefined();
    const after = res.data?.updateModel as ModelView;
    expect(after.responsibilities).toEqual([{ body: 'Ủy ban MTTQ xã', duties: ['Phối hợp tuyên truyền.'], note: null }]);
    expect(after.funding).toEqual([]);
    expect(after.recipients).toEqual(['Lưu: VT, CAX']);
    expect(after.groupNamingRule).toBe('Zalo ANTT {unit} xã Yên Cường');
    expect(after.documents).toHaveLength(3);
    const log = await app.gql<{ auditEntries: { items: Array<{ action: string; username: string; before: Record<string, unknown>; after: Record<string, unknown> }> } }>(
      'query($e: ID!) { auditEntries(filter: { entityId: $e }, page: { limit: 5 }) { items { action username before after } } }',
      { e: made.yencuong },
      'yencuong',
    );
    const last = log.data?.auditEntries.items[0];
    expect(last).toMatchObject({ action: 'UPDATE', username: 'yencuong' });
    expect(last?.before.responsibilities).toEqual(DUTIES.map((d) => ({ note: null, ...d })));
    expect(last?.after.recipients).toEqual(['Lưu: VT, CAX']);
    // null clears the naming rule; a stale version is a conflict.
    const cleared = await app.gql<{ updateModel: ModelView }>(UPDATE, { id: made.yencuong, input: { groupNamingRule: null } }, 'yencuong');
    expect(cleared.data?.updateModel.groupNamingRule).toBeNull();
    expect(codeOf(await app.gql(UPDATE, { id: made.yencuong, v: before.version, input: { recipients: [] } }, 'yencuong'))).toBe('CONFLICT');
  });

  test('bad rows are refused with the path of each field', async () => {
    const bad = await app.gql(
      CREATE,
      {
        input: input('Sai (thử)', id.yencuong, {
          responsibilities: [{ body: ' ', duties: ['x'.repeat(3001)] }],
          funding: [{ source: 'Ngân sách', year: 1999, plannedAmount: -1, spentAmount: 1.5 }],
          recipients: [''],
          groupNamingRule: 'Zalo ANTT xã Yên Cường',
          documents: [{ number: '1/KH', basedOn: 'y'.repeat(501) }],
        }),
      },
      'yencuong',
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fields?.map((f) => f.path).sort()).toEqual(
      [
        'input.responsibilities.0.body',
        'input.responsibilities.0.duties.0',
        'input.funding.0.year',
        'input.funding.0.plannedAmount',
        'input.funding.0.spentAmount',
        'input.recipients.0',
        'input.groupNamingRule',
        'input.documents.0.basedOn',
      ].sort(),
    );
    const long = await app.gql(UPDATE, { id: made.yencuong, input: { groupNamingRule: `{unit} ${'a'.repeat(300)}` } }, 'yencuong');
    expect(long.errors?.[0]?.extensions?.fields).toEqual([{ path: 'input.groupNamingRule', message: 'must be at most 300 characters' }]);
    const many = await app.gql(UPDATE, { id: made.yencuong, input: { responsibilities: Array.from({ length: 51 }, (_, i) => ({ body: `Cơ quan ${i}`, duties: [] })) } }, 'yencuong');
    expect(many.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('input.responsibilities');
  });

  test('spent may exceed planned; amounts are whole đồng', async () => {
    const res = await app.gql<{ updateModel: ModelView }>(UPDATE, { id: made.yencuong, input: { funding: [{ source: 'Ngân sách xã', year: 2026, plannedAmount: 1_000_000, spentAmount: 2_500_000_000_000 }] } }, 'yencuong');
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateModel.funding[0]).toMatchObject({ plannedAmount: 1_000_000, spentAmount: 2_500_000_000_000 });
  });

  test.each([
    ['admin', null],
    ['sonla', null],
    ['thaonguyen', null],
    ['tdp32', 'FORBIDDEN'],
    ['viewer', 'FORBIDDEN'],
    ['yencuong', 'NOT_FOUND'],
    ['ninhbinh', 'NOT_FOUND'],
  ])('%s changing the duties of a neighbourhood’s model → %s', async (user, expected) => {
    const res = await app.gql<{ updateModel: ModelView }>(UPDATE, { id: made.tdp32, input: { responsibilities: [{ body: `Ban quản lý (${user})`, duties: ['Phối hợp.'] }] } }, user);
    if (expected) expect(codeOf(res)).toBe(expected);
    else expect(res.data?.updateModel.responsibilities[0]?.body).toBe(`Ban quản lý (${user})`);
  });

  test('a head may change only figures: not duties, funding, documents, recipients or the naming rule', async () => {
    for (const change of [{ funding: [] }, { documents: [] }, { recipients: [] }, { groupNamingRule: 'Zalo {unit}' }, { responsibilities: [] }]) {
      expect(codeOf(await app.gql(UPDATE, { id: made.tdp32, input: change }, 'tdp32'))).toBe('FORBIDDEN');
    }
    const figures = await app.gql(UPDATE, { id: made.tdp32, input: { figures: [{ indicator: 'Hộ tham gia nhóm', value: 40, unit: 'hộ', period: '2026' }] } }, 'tdp32');
    expect(figures.errors).toBeUndefined();
    const still = (await app.gql<{ model: ModelView }>(GET, { id: made.tdp32 }, 'tdp32')).data?.model;
    expect(still?.funding).toHaveLength(2);
    expect(still?.recipients).toHaveLength(2);
  });
});

describe('programmes', () => {
  const PFIELDS = 'id version groupNamingRule recipients responsibilities { body duties note } legalBasis { number basedOn } legalBasisChain { number title }';
  const PCREATE = `mutation($input: ProgrammeCreateInput!) { createProgramme(input: $input) { ${PFIELDS} } }`;
  const PUPDATE = `mutation($id: ID!, $input: ProgrammeUpdateInput!, $v: Int) { updateProgramme(id: $id, input: $input, expectedVersion: $v) { ${PFIELDS} } }`;
  type ProgrammeView = { id: string; version: number; groupNamingRule: string | null; recipients: string[]; responsibilities: Array<{ body: string; duties: string[]; note: string | null }>; legalBasisChain: Array<{ number: string | null; title: string | null }> };
  const programme = (code: string, extra: Record<string, unknown> = {}) => ({
    code,
    name: `Phong trào ${code}`,
    ratedLevel: 'NEIGHBOURHOOD',
    recognizingLevel: 'WARD',
    period: 'YEAR',
    issuerUnitId: id.thaonguyen,
    legalBasis: [
      { number: '131/KH-UBND', date: '2026-04-21', issuer: 'UBND tỉnh' },
      { issuer: 'UBND phường', title: 'Kế hoạch của phường (không số)', basedOn: '131/KH-UBND' },
    ],
    responsibilities: [{ body: 'Công an phường', duties: ['Chủ trì tham mưu UBND phường.'] }],
    recipients: ['UBND tỉnh', 'Công an tỉnh'],
    groupNamingRule: 'Zalo {unit} phường Thảo Nguyên',
    ...extra,
  });
  let pid: string;

  test('a programme stores duties, recipients and a naming rule; its legal basis forms a chain', async () => {
    const res = await app.gql<{ createProgramme: ProgrammeView }>(PCREATE, { input: programme('P-CHAIN') }, 'thaonguyen');
    expect(res.errors).toBeUndefined();
    pid = res.data?.createProgramme.id as string;
    expect(res.data?.createProgramme).toMatchObject({
      responsibilities: [{ body: 'Công an phường', duties: ['Chủ trì tham mưu UBND phường.'], note: null }],
      recipients: ['UBND tỉnh', 'Công an tỉnh'],
      groupNamingRule: 'Zalo {unit} phường Thảo Nguyên',
      legalBasisChain: [
        { number: '131/KH-UBND', title: null },
        { number: null, title: 'Kế hoạch của phường (không số)' },
      ],
    });
  });

  test('updates replace the lists whole and are audited; bad input names its fields; others cannot', async () => {
    const res = await app.gql<{ updateProgramme: ProgrammeView }>(PUPDATE, { id: pid, input: { responsibilities: [], recipients: ['Lưu: VT, CAP'] } }, 'thaonguyen');
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateProgramme).toMatchObject({ responsibilities: [], recipients: ['Lưu: VT, CAP'], groupNamingRule: 'Zalo {unit} phường Thảo Nguyên' });
    const log = await app.gql<{ auditEntries: { items: Array<{ action: string; before: Record<string, unknown>; after: Record<string, unknown> }> } }>(
      'query($e: ID!) { auditEntries(filter: { entityId: $e }, page: { limit: 1 }) { items { action before after } } }',
      { e: pid },
      'thaonguyen',
    );
    expect(log.data?.auditEntries.items[0]).toMatchObject({ action: 'UPDATE', after: { recipients: ['Lưu: VT, CAP'], responsibilities: [] } });
    const bad = await app.gql(PUPDATE, { id: pid, input: { groupNamingRule: 'Không có chỗ tên', responsibilities: [{ body: 'x', duties: [''] }] } }, 'thaonguyen');
    expect(bad.errors?.[0]?.extensions?.fields?.map((f) => f.path).sort()).toEqual(['input.groupNamingRule', 'input.responsibilities.0.duties.0']);
    for (const who of ['viewer', 'tdp32', 'yencuong']) expect(codeOf(await app.gql(PUPDATE, { id: pid, input: { recipients: [] } }, who))).toMatch(/FORBIDDEN|NOT_FOUND/);
    expect(codeOf(await app.gql(PUPDATE, { id: pid, v: 1, input: { recipients: [] } }, 'thaonguyen'))).toBe('CONFLICT');
  });
});
