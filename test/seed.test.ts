/** The national seed: every province and ward in force since 2025-07-01, the seed documents' units, the demo accounts. */
import { Province } from '../api/hierarchy/province.model';
import { Ward } from '../api/hierarchy/ward.model';
import { Neighbourhood } from '../api/hierarchy/neighbourhood.model';
import { User } from '../api/users/user.model';
import { loadConfig } from '../api/config';
import { seedAll } from '../seed/seed';
import { startTestApp, type TestApp } from './helpers/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ seed: 'national' });
});
afterAll(() => app.close());

test('34 provinces and 3,321 wards, each ward under its province', async () => {
  const res = await app.gql<{ provinces: { total: number }; wards: { total: number }; xa: { total: number }; dk: { total: number } }>(
    '{ provinces { total } wards { total } xa: wards(filter: { type: XA }) { total } dk: wards(filter: { type: DAC_KHU }) { total } }',
    {},
    'admin',
  );
  expect(res.data?.provinces.total).toBe(34);
  expect(res.data?.wards.total).toBe(3321);
  expect(res.data?.dk.total).toBe(13);
  const provinceIds = new Set((await Province.find({}, { _id: 1 }).lean()).map((p) => String(p._id)));
  const orphans = (await Ward.find({}, { provinceId: 1 }).lean()).filter((w) => !provinceIds.has(String(w.provinceId)));
  expect(orphans).toEqual([]);
});

test.each([
  ['Phường Thảo Nguyên', 'Tỉnh Sơn La', 20],
  ['Xã Yên Cường', 'Tỉnh Ninh Bình', 8],
  ['Phường Buôn Ma Thuột', 'Tỉnh Đắk Lắk', 11],
])('%s (%s) has its neighbourhoods from the seed documents', async (ward, province, count) => {
  const res = await app.gql<{ wards: { items: Array<{ province: { name: string }; neighbourhoods: { total: number } }> } }>(
    'query($q: String) { wards(filter: { q: $q }) { items { province { name } neighbourhoods { total } } } }',
    { q: ward },
    'admin',
  );
  const match = res.data?.wards.items.find((w) => w.province.name === province);
  expect(match?.neighbourhoods.total).toBe(count);
});

test('Tổ dân phố 3/2 is real data headed by tdp32; invented names are flagged as samples', async () => {
  const res = await app.gql<{ neighbourhoods: { items: Array<{ name: string; isSample: boolean; head: { username: string } | null }> } }>(
    '{ neighbourhoods(page: { limit: 100 }) { items { name isSample head { username } } } }',
    {},
    'admin',
  );
  const items = res.data?.neighbourhoods.items ?? [];
  expect(items.find((n) => n.name === 'Tổ dân phố 3/2')).toEqual({ name: 'Tổ dân phố 3/2', isSample: false, head: { username: 'tdp32' } });
  expect(items.filter((n) => !n.isSample).map((n) => n.name)).toEqual(['Tổ dân phố 3/2']);
});

test('seeding again inserts nothing and keeps edits', async () => {
  await Neighbourhood.updateOne({ code: 'TDP-3-2' }, { $set: { households: 321 } });
  const again = await seedAll(app.config);
  expect(again).toEqual({ provinces: 0, wards: 0, neighbourhoods: 0, users: 0 });
  expect((await Neighbourhood.findOne({ code: 'TDP-3-2' }).lean())?.households).toBe(321);
});

test('production configuration never seeds demo accounts', async () => {
  await User.deleteMany({});
  const prod = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'Zq3-rT8!pL0@vN5#kW2$xY7%mB4^hD9&' });
  const report = await seedAll(prod);
  expect(report.users).toBe(0);
  expect(await User.countDocuments({})).toBe(0);
});
