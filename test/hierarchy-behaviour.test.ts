/**
 * The contract's list, input, concurrency and audit behaviour (docs/contract.md), on the hierarchy.
 */
import { codeOf, fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';

let app: TestApp;
let id: FixtureIds;

beforeAll(async () => {
  app = await startTestApp();
  id = await fixtureIds(app);
});
afterAll(() => app.close());

type Page = { total: number; items: Array<{ id: string; name: string; code: string }> };

describe('paging and sorting', () => {
  test('pages do not overlap and add up to the total', async () => {
    const q = 'query($o: Int) { neighbourhoods(page: { offset: $o, limit: 7 }, sort: { field: "name" }) { total items { id name code } } }';
    const seen: string[] = [];
    let total = 0;
    for (let offset = 0; offset < 60; offset += 7) {
      const res = await app.gql<{ neighbourhoods: Page }>(q, { o: offset }, 'admin');
      total = res.data?.neighbourhoods.total ?? 0;
      seen.push(...(res.data?.neighbourhoods.items.map((i) => i.id) ?? []));
    }
    expect(total).toBe(39);
    expect(new Set(seen).size).toBe(39);
  });

  test('names sort naturally and diacritics-insensitively, both directions', async () => {
    const q = 'query($w: ID!, $o: SortOrder) { neighbourhoods(filter: { wardId: $w }, page: { limit: 4 }, sort: { field: "name", order: $o }) { items { name } } }';
    const asc = await app.gql<{ neighbourhoods: Page }>(q, { w: id.thaonguyen, o: 'ASC' }, 'admin');
    expect(asc.data?.neighbourhoods.items.map((i) => i.name)).toEqual(['Tổ dân phố 1', 'Tổ dân phố 2', 'Tổ dân phố 3', 'Tổ dân phố 3/2']);
    const desc = await app.gql<{ neighbourhoods: Page }>(q, { w: id.thaonguyen, o: 'DESC' }, 'admin');
    expect(desc.data?.neighbourhoods.items[0]?.name).toBe('Tổ dân phố 19');
  });

  test('a page above the cap of 200 is refused, not cut', async () => {
    const res = await app.gql('{ wards(page: { limit: 201 }) { total } }', {}, 'admin');
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields).toEqual([{ path: 'page.limit', message: 'must be at most 200' }]);
    const ok = await app.gql<{ wards: { items: unknown[] } }>('{ wards(page: { limit: 200 }) { items { id } } }', {}, 'admin');
    expect(ok.data?.wards.items).toHaveLength(200);
  });

  test('negative offsets and unknown sort fields are refused', async () => {
    expect(codeOf(await app.gql('{ wards(page: { offset: -1 }) { total } }', {}, 'admin'))).toBe('BAD_USER_INPUT');
    const res = await app.gql('{ wards(sort: { field: "passwordHash" }) { total } }', {}, 'admin');
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('sort.field');
  });
});

describe('search', () => {
  test.each([
    ['thao nguyen', 'Phường Thảo Nguyên'],
    ['THẢO NGUYÊN', 'Phường Thảo Nguyên'],
    ['Thao  Nguyen', 'Phường Thảo Nguyên'],
    ['buon ma thuot', 'Phường Buôn Ma Thuột'],
    ['dong thap', null],
    ['03982', 'Phường Thảo Nguyên'],
  ])('"%s" finds %s', async (q, name) => {
    const res = await app.gql<{ wards: Page }>('query($q: String) { wards(filter: { q: $q }) { total items { name } } }', { q }, 'admin');
    if (name) expect(res.data?.wards.items.map((i) => i.name)).toContain(name);
    else expect(res.data?.wards.total).toBe(0);
  });

  test('"đ" folds to "d": "dak lak" finds Tỉnh Đắk Lắk', async () => {
    const res = await app.gql<{ provinces: Page }>('{ provinces(filter: { q: "dak lak" }) { items { name } } }', {}, 'admin');
    expect(res.data?.provinces.items.map((i) => i.name)).toEqual(['Tỉnh Đắk Lắk']);
  });

  test.each(['.*', '(', '[a-z]+', '\\', '$where', '{"$gt": ""}'])('the search string %p is matched literally, never as a pattern or operator', async (q) => {
    const res = await app.gql<{ wards: Page }>('query($q: String) { wards(filter: { q: $q }) { total } }', { q }, 'admin');
    expect(res.errors).toBeUndefined();
    expect(res.data?.wards.total).toBe(0);
  });

  test('filters combine with scope: a ward officer searching the province finds nothing outside their ward', async () => {
    const res = await app.gql<{ wards: Page }>('{ wards(filter: { q: "phuong" }) { total items { name } } }', {}, 'thaonguyen');
    expect(res.data?.wards).toEqual({ total: 1, items: [{ name: 'Phường Thảo Nguyên' }] });
  });
});

describe('input validation happens before any write', () => {
  test('bad fields come back as BAD_USER_INPUT with their paths, and nothing is written', async () => {
    const res = await app.gql(
      'mutation($input: NeighbourhoodCreateInput!) { createNeighbourhood(input: $input) { id } }',
      { input: { wardId: id.thaonguyen, code: 'bad code!', name: '   ', type: 'THON', households: -3, email: 'nope', phone: 'call me' } },
      'admin',
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    const paths = res.errors?.[0]?.extensions?.fields?.map((f) => f.path).sort();
    expect(paths).toEqual(['input.code', 'input.email', 'input.households', 'input.name', 'input.phone']);
    const audit = await app.gql<{ auditEntries: { total: number } }>('{ auditEntries(filter: { entityType: "Neighbourhood" }) { total } }', {}, 'admin');
    expect(audit.data?.auditEntries.total).toBe(0);
  });

  test('a value the schema’s types refuse (an impossible date) also says which field', async () => {
    const res = await app.gql(
      'mutation($input: NeighbourhoodCreateInput!) { createNeighbourhood(input: $input) { id } }',
      { input: { wardId: id.thaonguyen, code: 'D1', name: 'Ngày sai', type: 'THON', rearrangedOn: '2025-02-30' } },
      'admin',
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('input.rearrangedOn');
  });

  test('an unknown parent id is NOT_FOUND; a malformed one is BAD_USER_INPUT', async () => {
    const create = 'mutation($input: WardCreateInput!) { createWard(input: $input) { id } }';
    const base = { code: 'X1', name: 'Xã thử', type: 'XA' };
    expect(codeOf(await app.gql(create, { input: { ...base, provinceId: '64b000000000000000000000' } }, 'admin'))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(create, { input: { ...base, provinceId: 'zzz' } }, 'admin'))).toBe('BAD_USER_INPUT');
  });

  test('a duplicate code is a CONFLICT', async () => {
    const res = await app.gql(
      'mutation($input: WardCreateInput!) { createWard(input: $input) { id } }',
      { input: { provinceId: id.sonla, code: '03982', name: 'Phường trùng mã', type: 'PHUONG' } },
      'admin',
    );
    expect(codeOf(res)).toBe('CONFLICT');
  });
});

describe('optimistic concurrency', () => {
  const update = 'mutation($id: ID!, $n: String, $v: Int) { updateNeighbourhood(id: $id, input: { note: $n }, expectedVersion: $v) { version note } }';

  test('the second of two editors holding the same version gets CONFLICT and overwrites nothing', async () => {
    const current = await app.gql<{ neighbourhood: { version: number } }>('query($id: ID!) { neighbourhood(id: $id) { version } }', { id: id.tdp32 }, 'admin');
    const v = current.data?.neighbourhood.version as number;
    const first = await app.gql<{ updateNeighbourhood: { version: number } }>(update, { id: id.tdp32, n: 'first editor', v }, 'thaonguyen');
    expect(first.data?.updateNeighbourhood.version).toBe(v + 1);
    const second = await app.gql(update, { id: id.tdp32, n: 'second editor', v }, 'sonla');
    expect(codeOf(second)).toBe('CONFLICT');
    expect(second.errors?.[0]?.extensions?.reason).toBe('STALE_VERSION');
    const now = await app.gql<{ neighbourhood: { note: string } }>('query($id: ID!) { neighbourhood(id: $id) { note } }', { id: id.tdp32 }, 'admin');
    expect(now.data?.neighbourhood.note).toBe('first editor');
  });

  test('concurrent saves without expectedVersion are serialised: every one lands and is counted', async () => {
    const before = await app.gql<{ neighbourhood: { version: number } }>('query($id: ID!) { neighbourhood(id: $id) { version } }', { id: id.tdp32 }, 'admin');
    const results = await Promise.all([1, 2, 3].map((n) => app.gql(update, { id: id.tdp32, n: `parallel ${n}` }, 'admin')));
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined, undefined]);
    const landed = results.length;
    const after = await app.gql<{ neighbourhood: { version: number } }>('query($id: ID!) { neighbourhood(id: $id) { version } }', { id: id.tdp32 }, 'admin');
    expect(after.data?.neighbourhood.version).toBe((before.data?.neighbourhood.version as number) + landed);
  });
});

describe('moving a unit moves everything under it', () => {
  test('ADMIN moves a ward to another province; its neighbourhoods follow and scopes follow them', async () => {
    const ward = await app.gql<{ createWard: { id: string } }>(
      'mutation($p: ID!) { createWard(input: { provinceId: $p, code: "MOVE-1", name: "Xã chuyển thử", type: XA }) { id } }',
      { p: id.sonla },
      'admin',
    );
    const wardId = ward.data?.createWard.id as string;
    await app.gql('mutation($w: ID!) { createNeighbourhood(input: { wardId: $w, code: "N1", name: "Thôn chuyển", type: THON }) { id } }', { w: wardId }, 'admin');
    const moved = await app.gql<{ updateWard: { provinceId: string } }>('mutation($id: ID!, $p: ID!) { updateWard(id: $id, input: { provinceId: $p }) { provinceId } }', { id: wardId, p: id.ninhbinh }, 'admin');
    expect(moved.data?.updateWard.provinceId).toBe(id.ninhbinh);
    const n = await app.gql<{ neighbourhoods: { items: Array<{ provinceId: string }> } }>('query($w: ID!) { neighbourhoods(filter: { wardId: $w }) { items { provinceId } } }', { w: wardId }, 'admin');
    expect(n.data?.neighbourhoods.items).toEqual([{ provinceId: id.ninhbinh }]);
    const sonla = await app.gql<{ neighbourhoods: { total: number } }>('{ neighbourhoods(filter: { q: "thon chuyen" }) { total } }', {}, 'sonla');
    const ninhbinh = await app.gql<{ neighbourhoods: { total: number } }>('{ neighbourhoods(filter: { q: "thon chuyen" }) { total } }', {}, 'ninhbinh');
    expect([sonla.data?.neighbourhoods.total, ninhbinh.data?.neighbourhoods.total]).toEqual([0, 1]);
  });
});

describe('audit log', () => {
  test('every change is recorded with who, when, before and after', async () => {
    const created = await app.gql<{ createNeighbourhood: { id: string } }>(
      'mutation($w: ID!) { createNeighbourhood(input: { wardId: $w, code: "AUD-1", name: "Tổ kiểm toán", type: TO_DAN_PHO }) { id } }',
      { w: id.thaonguyen },
      'thaonguyen',
    );
    const nid = created.data?.createNeighbourhood.id as string;
    await app.gql('mutation($id: ID!) { updateNeighbourhood(id: $id, input: { households: 40 }) { id } }', { id: nid }, 'thaonguyen');
    await app.gql('mutation($id: ID!) { deleteNeighbourhood(id: $id) }', { id: nid }, 'sonla');
    const log = await app.gql<{ auditEntries: { total: number; items: Array<{ action: string; username: string; user: { username: string } | null; at: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }> } }>(
      'query($e: ID!) { auditEntries(filter: { entityId: $e }) { total items { action username user { username } at before after } } }',
      { e: nid },
      'admin',
    );
    const items = log.data?.auditEntries.items ?? [];
    expect(items.map((i) => [i.action, i.username])).toEqual([
      ['DELETE', 'sonla'],
      ['UPDATE', 'thaonguyen'],
      ['CREATE', 'thaonguyen'],
    ]);
    expect(items[1]?.before?.households).toBeNull();
    expect(items[1]?.after?.households).toBe(40);
    expect(items[0]?.after).toBeNull();
    expect(items[0]?.before?.name).toBe('Tổ kiểm toán');
    expect(items[2]?.after).not.toHaveProperty('search');
    expect(Date.parse(items[0]?.at as string)).toBeGreaterThan(Date.now() - 60_000);
  });

  test.each([
    ['admin', true],
    ['sonla', true],
    ['thaonguyen', true],
    ['ninhbinh', false],
    ['yencuong', false],
  ])('%s sees the log of Thảo Nguyên’s records: %s', async (user, visible) => {
    // Only Thảo Nguyên's entries count: a ward moved to Ninh Bình earlier in this file takes its history along.
    const res = await app.gql<{ auditEntries: { items: Array<{ before: { wardId?: string } | null; after: { wardId?: string } | null }> } }>(
      '{ auditEntries(filter: { entityType: "Neighbourhood" }, page: { limit: 200 }) { items { before after } } }',
      {},
      user,
    );
    expect(res.errors).toBeUndefined();
    expect((res.data?.auditEntries.items ?? []).some((e) => (e.after ?? e.before)?.wardId === id.thaonguyen)).toBe(visible);
  });

  test.each(['tdp32', 'viewer'])('%s may not read the audit log', async (user) => {
    expect(codeOf(await app.gql('{ auditEntries { total } }', {}, user))).toBe('FORBIDDEN');
  });

  test('filtering by user', async () => {
    const me = await app.gql<{ me: { id: string } }>('{ me { id } }', {}, 'thaonguyen');
    const res = await app.gql<{ auditEntries: { items: Array<{ username: string }> } }>(
      'query($u: ID!) { auditEntries(filter: { userId: $u }) { items { username } } }',
      { u: me.data?.me.id },
      'admin',
    );
    expect(new Set(res.data?.auditEntries.items.map((i) => i.username))).toEqual(new Set(['thaonguyen']));
  });
});
