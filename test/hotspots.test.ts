/**
 * The hot-spot map (seed 000: "bản đồ điểm nóng về an ninh, trật tự") over HTTP: each role sees
 * the located reports and businesses of its own scope only, the filters narrow them, more than
 * MAX_HOTSPOTS markers is refused instead of cut short; places' aliases and points (validated,
 * searched by publicUnits, nearest first) and the map's tile settings.
 */
import { loadConfig } from '../api/config';
import { Report } from '../api/tourism/report.model';
import { clearPublicUnitIndex } from '../api/tourism/public-units';
import { MAX_ALIASES, MAX_HOTSPOTS } from '../rules/limits';
import { NIGHT_MARKET } from '../seed/data/places';
import { codeOf, fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';

let app: TestApp;
let id: FixtureIds;
const anonymous = { token: '' };

interface Marker {
  kind: 'REPORT' | 'ESTABLISHMENT';
  id: string;
  lat: number;
  lng: number;
  category: string | null;
  label: string;
  wardId: string | null;
  neighbourhoodId: string | null;
}
type MapResult = { hotspots: { items: Marker[]; total: number; withoutLocation: number } };
const HOTSPOTS = 'query($f: HotspotFilter) { hotspots(filter: $f) { total withoutLocation items { kind id lat lng category label wardId neighbourhoodId } } }';
const map = (as: string | { token: string }, filter: Record<string, unknown> = {}) => app.gql<MapResult>(HOTSPOTS, { f: filter }, as);
const idsOf = (res: { data: MapResult | null }) => (res.data?.hotspots.items ?? []).map((m) => m.id).sort();

/** Records made for these tests, by name. */
const made: Record<string, string> = {};

async function createReport(as: string, name: string, input: Record<string, unknown>) {
  const res = await app.gql<{ createReport: { id: string } }>('mutation($input: ReportInput!) { createReport(input: $input) { id } }', { input: { description: `Phản ánh thử nghiệm ${name} cho bản đồ`, lang: 'vi', ...input } }, as);
  if (!res.data) throw new Error(`createReport ${name}: ${JSON.stringify(res.errors)}`);
  made[name] = res.data.createReport.id;
}

async function createBusiness(as: string, name: string, input: Record<string, unknown>) {
  const res = await app.gql<{ createEstablishment: { id: string } }>('mutation($input: EstablishmentCreateInput!) { createEstablishment(input: $input) { id } }', { input: { name, kind: 'FOOD', ...input } }, as);
  if (!res.data) throw new Error(`createEstablishment ${name}: ${JSON.stringify(res.errors)}`);
  made[name] = res.data.createEstablishment.id;
}

beforeAll(async () => {
  app = await startTestApp();
  id = await fixtureIds(app);
  await createReport('thaonguyen', 'crime', { unitId: id.tdp32, category: 'CRIME', lat: 20.848, lng: 104.6325 });
  await createReport('thaonguyen', 'price', { unitId: id.tdp32, category: 'PRICE_GOUGING', lat: 20.8475, lng: 104.632 });
  await createReport('thaonguyen', 'otherTdp', { unitId: id.tdp1, category: 'DISORDER', lat: 20.851, lng: 104.629 });
  await createReport('thaonguyen', 'unplaced', { unitId: id.tdp32, category: 'CRIME', locationText: 'Cổng chợ đêm' });
  await createReport('yencuong', 'yencuong', { unitId: id.yencuongThon, category: 'TRAFFIC', lat: 20.27, lng: 106.04 });
  await createBusiness('thaonguyen', 'Quán bản đồ', { neighbourhoodId: id.tdp32, location: { lat: 20.8478, lng: 104.6323 } });
  await createBusiness('thaonguyen', 'Quán chưa có vị trí', { neighbourhoodId: id.tdp32 });
}, 60_000);
afterAll(() => app.close());

describe('who sees which markers', () => {
  const thaoNguyen = () => [made.crime, made.price, made.otherTdp, made['Quán bản đồ']].sort();

  test.each([
    ['admin', () => [...thaoNguyen(), made.yencuong].sort()],
    ['sonla', thaoNguyen],
    ['viewer', thaoNguyen],
    ['thaonguyen', thaoNguyen],
    // The head sees their own neighbourhood's: not Tổ dân phố 1's report.
    ['tdp32', () => [made.crime, made.price, made['Quán bản đồ']].sort()],
    ['yencuong', () => [made.yencuong]],
    ['ninhbinh', () => [made.yencuong]],
    ['daklak', () => []],
  ])('%s sees the markers of their scope only', async (user, expected) => {
    const res = await map(user);
    expect(res.errors).toBeUndefined();
    expect(idsOf(res)).toEqual(expected());
    expect(res.data?.hotspots.total).toBe(expected().length);
  });

  test('anonymous callers are refused', async () => {
    expect(codeOf(await map(anonymous))).toBe('UNAUTHENTICATED');
  });

  test('a filter naming a unit outside the scope finds nothing there', async () => {
    const res = await map('thaonguyen', { wardId: id.yencuong });
    expect(res.data?.hotspots).toEqual({ total: 0, withoutLocation: 0, items: [] });
    expect(idsOf(await map('yencuong', { provinceId: id.sonla }))).toEqual([]);
  });

  test('a marker carries what its popup shows and links to', async () => {
    const res = await map('thaonguyen');
    const crime = res.data?.hotspots.items.find((m) => m.id === made.crime);
    expect(crime).toMatchObject({ kind: 'REPORT', category: 'CRIME', lat: 20.848, lng: 104.6325, wardId: id.thaonguyen, neighbourhoodId: id.tdp32 });
    expect(crime?.label).toMatch(/^PA-[0-9A-Z]{6}$/);
    const business = res.data?.hotspots.items.find((m) => m.id === made['Quán bản đồ']);
    expect(business).toMatchObject({ kind: 'ESTABLISHMENT', label: 'Quán bản đồ', category: null, lat: 20.8478 });
  });
});

describe('filters', () => {
  test('records without a location are counted, not drawn', async () => {
    const res = await map('thaonguyen');
    expect(res.data?.hotspots.withoutLocation).toBe(2);
    expect(idsOf(res)).not.toContain(made.unplaced);
    expect(idsOf(res)).not.toContain(made['Quán chưa có vị trí']);
  });

  test('category narrows the reports; businesses stay', async () => {
    const res = await map('thaonguyen', { category: 'CRIME' });
    expect(idsOf(res)).toEqual([made.crime, made['Quán bản đồ']].sort());
    expect(res.data?.hotspots.withoutLocation).toBe(2); // the unplaced CRIME report and the unplaced business
  });

  test('kinds keep reports or businesses only', async () => {
    expect(idsOf(await map('thaonguyen', { kinds: ['ESTABLISHMENT'] }))).toEqual([made['Quán bản đồ']]);
    expect(idsOf(await map('thaonguyen', { kinds: ['REPORT'] }))).toEqual([made.crime, made.price, made.otherTdp].sort());
  });

  test('the unit filter: a neighbourhood', async () => {
    expect(idsOf(await map('thaonguyen', { neighbourhoodId: id.tdp1 }))).toEqual([made.otherTdp]);
  });

  test('the period: reports received in [from, to)', async () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const past = '2020-01-01T00:00:00.000Z';
    expect(idsOf(await map('thaonguyen', { kinds: ['REPORT'], from: future }))).toEqual([]);
    expect(idsOf(await map('thaonguyen', { kinds: ['REPORT'], to: past }))).toEqual([]);
    expect(idsOf(await map('thaonguyen', { kinds: ['REPORT'], from: past, to: future }))).toEqual([made.crime, made.price, made.otherTdp].sort());
  });

  test.each([
    [{ from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }, 'filter.to'],
    [{ kinds: [] }, 'filter.kinds'],
    [{ wardId: 'not-an-id' }, 'filter.wardId'],
  ])('a bad filter %j is BAD_USER_INPUT', async (filter, path) => {
    const res = await map('thaonguyen', filter);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toContain(path);
  });
});

test(`more than ${MAX_HOTSPOTS} markers is refused (narrow the filter), never cut short`, async () => {
  // Old located reports in Xã Yên Cường, written straight to the collection (2,000 submissions would trip the throttle).
  const base = await Report.findById(made.yencuong).lean();
  if (!base) throw new Error('no Yên Cường report');
  const { _id: _unused, ...rest } = base;
  const old = new Date('2021-06-01T00:00:00Z');
  const copies = Array.from({ length: MAX_HOTSPOTS }, (_, i) => ({ ...rest, code: `PA-MAP${String(i).padStart(4, '0')}`, createdAt: old, updatedAt: old, search: 'ban do' }));
  await Report.collection.insertMany(copies);
  try {
    for (const user of ['yencuong', 'admin']) {
      const refused = await map(user);
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.extensions?.fields?.[0]).toEqual({ path: 'filter', message: expect.stringContaining('narrow the filter') });
      expect(refused.data).toBeNull();
    }
    // Another scope is unaffected; a shorter period brings Yên Cường back under the cap.
    expect(idsOf(await map('thaonguyen')).length).toBe(4);
    const recent = await map('yencuong', { from: '2025-01-01T00:00:00Z' });
    expect(recent.errors).toBeUndefined();
    expect(idsOf(recent)).toEqual([made.yencuong]);
    // Exactly the cap is drawn in full.
    const exactly = await map('yencuong', { to: '2025-01-01T00:00:00Z' });
    expect(exactly.data?.hotspots.total).toBe(MAX_HOTSPOTS);
    expect(exactly.data?.hotspots.items).toHaveLength(MAX_HOTSPOTS);
  } finally {
    await Report.deleteMany({ code: /^PA-MAP/ });
  }
}, 60_000);

describe('locations and aliases: validated before any write', () => {
  const UPDATE_WARD = 'mutation($id: ID!, $input: WardUpdateInput!) { updateWard(id: $id, input: $input) { aliases location { lat lng } } }';
  type Ward = { updateWard: { aliases: string[]; location: { lat: number; lng: number } | null } };

  test('aliases are trimmed, deduplicated (ignoring case and diacritics) and empty ones dropped', async () => {
    const res = await app.gql<Ward>(UPDATE_WARD, { id: id.otherSonlaWard, input: { aliases: ['  Bản Áng ', 'ban ang', '', 'Rừng thông Bản Áng'], location: { lat: 20.83, lng: 104.7 } } }, 'sonla');
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateWard).toEqual({ aliases: ['Bản Áng', 'Rừng thông Bản Áng'], location: { lat: 20.83, lng: 104.7 } });
    const cleared = await app.gql<Ward>(UPDATE_WARD, { id: id.otherSonlaWard, input: { aliases: null, location: null } }, 'sonla');
    expect(cleared.data?.updateWard).toEqual({ aliases: [], location: null });
  });

  test.each([
    [{ aliases: Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `Tên ${i}`) }, 'input.aliases'],
    [{ aliases: ['x'.repeat(101)] }, 'input.aliases.0'],
    [{ location: { lat: 90.5, lng: 104 } }, 'input.location.lat'],
    [{ location: { lat: 20, lng: -181 } }, 'input.location.lng'],
  ])('a ward update %#: BAD_USER_INPUT at %s, nothing written', async (input, path) => {
    const res = await app.gql<Ward>(UPDATE_WARD, { id: id.thaonguyen, input }, 'thaonguyen');
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toContain(path);
    const ward = await app.gql<{ ward: { aliases: string[] } }>('query($id: ID!) { ward(id: $id) { aliases } }', { id: id.thaonguyen }, 'admin');
    expect(ward.data?.ward.aliases).toContain('Mộc Châu');
  });

  test('who may set them: the ward police on their ward, not a head; a head not on their neighbourhood', async () => {
    expect(codeOf(await app.gql(UPDATE_WARD, { id: id.thaonguyen, input: { aliases: ['x'] } }, 'tdp32'))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(UPDATE_WARD, { id: id.yencuong, input: { aliases: ['x'] } }, 'thaonguyen'))).toBe('NOT_FOUND');
    const head = await app.gql('mutation($id: ID!) { updateNeighbourhood(id: $id, input: { aliases: ["Chợ"] }) { id } }', { id: id.tdp32 }, 'tdp32');
    expect(codeOf(head)).toBe('FORBIDDEN');
    const officer = await app.gql<{ updateNeighbourhood: { aliases: string[]; location: { lat: number } } }>(
      'mutation($id: ID!) { updateNeighbourhood(id: $id, input: { aliases: ["Đầu dốc", "Đầu Dốc"], location: { lat: 20.85, lng: 104.63 } }) { aliases location { lat } } }',
      { id: id.tdp1 },
      'thaonguyen',
    );
    expect(officer.data?.updateNeighbourhood).toEqual({ aliases: ['Đầu dốc'], location: { lat: 20.85 } });
  });

  test('a business location and a report point are checked too (a report needs both coordinates)', async () => {
    const business = await app.gql('mutation($n: ID!) { createEstablishment(input: { neighbourhoodId: $n, name: "Quán sai vị trí", kind: FOOD, location: { lat: -91, lng: 104 } }) { id } }', { n: id.tdp32 }, 'thaonguyen');
    expect(codeOf(business)).toBe('BAD_USER_INPUT');
    const halfPoint = await app.gql('mutation($u: ID!) { submitReport(input: { unitId: $u, category: OTHER, description: "Chỉ có vĩ độ, không có kinh độ", lang: vi, lat: 20.8 }) { code } }', { u: id.tdp32 }, anonymous);
    expect(codeOf(halfPoint)).toBe('BAD_USER_INPUT');
    expect(halfPoint.errors?.[0]?.extensions?.fields?.map((f) => f.path)).toContain('input.lng');
  });
});

describe('publicUnits: aliases and “use my location”', () => {
  type Unit = { id: string; name: string; matchedAlias: string | null; aliases: string[]; distanceMetres: number | null; location: { lat: number; lng: number } | null };
  const UNITS = 'query($q: String, $near: GeoPointInput, $limit: Int) { publicUnits(q: $q, near: $near, limit: $limit) { id name matchedAlias aliases distanceMetres location { lat lng } } }';
  const units = async (variables: Record<string, unknown>) => {
    const res = await app.gql<{ publicUnits: Unit[] }>(UNITS, variables, anonymous);
    expect(res.errors).toBeUndefined();
    return res.data?.publicUnits ?? [];
  };
  beforeAll(() => clearPublicUnitIndex());

  test('"moc chau" finds the ward with the night market before Phường Mộc Châu', async () => {
    const found = await units({ q: 'moc chau' });
    expect(found[0]).toMatchObject({ id: id.thaonguyen, name: 'Phường Thảo Nguyên', matchedAlias: 'Mộc Châu' });
    const names = found.map((u) => u.name);
    expect(names).toContain('Phường Mộc Châu');
    expect(names.indexOf('Phường Mộc Châu')).toBeGreaterThan(0);
    // A name match says no alias.
    expect(found.find((u) => u.name === 'Phường Mộc Châu')?.matchedAlias).toBeNull();
  });

  test('"cho dem" finds it through the alias “Chợ đêm”, any case and diacritics', async () => {
    for (const q of ['cho dem', 'CHỢ ĐÊM']) {
      const found = await units({ q });
      expect(found[0]).toMatchObject({ id: id.thaonguyen, matchedAlias: 'Chợ đêm' });
      expect(found.map((u) => u.id)).toContain(id.tdp32);
    }
  });

  test('near: units with a location only, nearest first, with the distance', async () => {
    const found = await units({ near: NIGHT_MARKET, limit: 10 });
    expect(found[0]).toMatchObject({ id: id.tdp32, distanceMetres: 0 });
    expect(found.every((u) => u.location && u.distanceMetres !== null)).toBe(true);
    const distances = found.map((u) => u.distanceMetres ?? -1);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    // Phường Thảo Nguyên's centre is some hundreds of metres from the market.
    const ward = found.find((u) => u.id === id.thaonguyen);
    expect(ward?.distanceMetres).toBeGreaterThan(100);
    expect(ward?.distanceMetres).toBeLessThan(2_000);
    const bmt = await units({ near: { lat: 12.68, lng: 108.04 }, limit: 1 });
    expect(bmt[0]?.name).toBe('Phường Buôn Ma Thuột');
  });

  test('near with q: the matching units, nearest first', async () => {
    const found = await units({ q: 'to dan pho', near: NIGHT_MARKET });
    // Tổ dân phố 3/2 (seeded) and Tổ dân phố 1 (located above) are the fixture's located tổ dân phố.
    expect(found.map((u) => u.id)).toEqual([id.tdp32, id.tdp1]);
  });

  test('a bad point is BAD_USER_INPUT', async () => {
    const res = await app.gql(UNITS, { near: { lat: 100, lng: 0 } }, anonymous);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });
});

describe('mapSettings', () => {
  test('public; no tile server unless MAP_TILE_URL is set', async () => {
    const res = await app.gql<{ mapSettings: unknown }>('{ mapSettings { tileUrl attribution } }', {}, anonymous);
    expect(res.data?.mapSettings).toEqual({ tileUrl: null, attribution: null });
  });

  const env = (extra: Record<string, string>) => ({ NODE_ENV: 'test', JWT_SECRET: 'test-only-secret-0123456789abcdefghij', DATA_DIR: '.test-data', ...extra });
  test.each(['https://tile.example.vn/{z}/{x}/{y}.png', 'https://{s}.tile.example.vn/{z}/{x}/{y}{r}.png'])('MAP_TILE_URL %s is accepted', (url) => {
    expect(loadConfig(env({ MAP_TILE_URL: url, MAP_ATTRIBUTION: '© Bản đồ mẫu' }))).toMatchObject({ mapTileUrl: url, mapAttribution: '© Bản đồ mẫu' });
  });
  test.each(['https://tile.example.vn/{z}/{x}.png', 'ftp://tile.example.vn/{z}/{x}/{y}.png', 'tiles/{z}/{x}/{y}.png', 'https://tile.example.vn/{z}/{x}/{y}/{unknown}.png'])('MAP_TILE_URL %s is refused', (url) => {
    expect(() => loadConfig(env({ MAP_TILE_URL: url }))).toThrow(/MAP_TILE_URL/);
  });
});
