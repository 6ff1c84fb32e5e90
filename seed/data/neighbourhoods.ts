/**
 * Neighbourhoods named or implied by the seed documents (../shared/seeds/). The documents name
 * only "Tổ dân phố 3/2" (seed 000: the night market); they speak of "20 tổ dân phố" in Phường
 * Thảo Nguyên, of the thôn/xóm of Xã Yên Cường (seed 001) and of the tổ dân phố and buôn of
 * Phường Buôn Ma Thuột (seed 002) without naming them. Those are filled in with plain numbered
 * names flagged `isSample: true`, so nobody mistakes them for official names.
 */
export interface SeedNeighbourhood {
  code: string;
  name: string;
  type: 'THON' | 'XOM' | 'TO_DAN_PHO' | 'BUON';
  isSample: boolean;
  note?: string;
}

export interface SeedWardNeighbourhoods {
  provinceCode: string;
  wardCode: string;
  wardName: string;
  neighbourhoods: SeedNeighbourhood[];
}

const SAMPLE_NOTE = 'Tên mẫu (dữ liệu mẫu): văn bản gốc không nêu tên khu dân cư này.';

const numbered = (count: number, type: SeedNeighbourhood['type'], label: string, prefix: string, skip: number[] = []): SeedNeighbourhood[] =>
  Array.from({ length: count + skip.length }, (_, i) => i + 1)
    .filter((n) => !skip.includes(n))
    .slice(0, count)
    .map((n) => ({ code: `${prefix}-${String(n).padStart(2, '0')}`, name: `${label} ${n}`, type, isSample: true, note: SAMPLE_NOTE }));

export const SEED_NEIGHBOURHOODS: SeedWardNeighbourhoods[] = [
  {
    // Seed 000: "Ban quản lý 20 tổ dân phố"; the night market is at Tổ dân phố 3/2.
    provinceCode: '14',
    wardCode: '03982',
    wardName: 'Phường Thảo Nguyên',
    neighbourhoods: [
      {
        code: 'TDP-3-2',
        name: 'Tổ dân phố 3/2',
        type: 'TO_DAN_PHO',
        isSample: false,
        note: 'Chợ đêm; địa điểm "Góc An ninh và Trải nghiệm văn minh" (Kế hoạch mô hình "Thảo Nguyên An toàn – Điểm đến mến khách").',
      },
      ...numbered(19, 'TO_DAN_PHO', 'Tổ dân phố', 'TDP'),
    ],
  },
  {
    // Seed 001: one Zalo group per thôn, xóm of Xã Yên Cường (Ninh Bình).
    provinceCode: '37',
    wardCode: '13870',
    wardName: 'Xã Yên Cường',
    neighbourhoods: [...numbered(6, 'THON', 'Thôn', 'THON'), ...numbered(2, 'XOM', 'Xóm', 'XOM')],
  },
  {
    // Seed 002: the tổ dân phố and buôn of Phường Buôn Ma Thuột (Đắk Lắk).
    provinceCode: '66',
    wardCode: '24133',
    wardName: 'Phường Buôn Ma Thuột',
    neighbourhoods: [...numbered(8, 'TO_DAN_PHO', 'Tổ dân phố', 'TDP'), ...numbered(3, 'BUON', 'Buôn', 'BUON')],
  },
];

/**
 * Sample household counts (số hộ) for the sample neighbourhoods of Xã Yên Cường and Phường Buôn Ma
 * Thuột, by ward code and neighbourhood code: the documents give none, so these are made up
 * (dữ liệu mẫu), the denominators of the household targets (seed 001's "100% hộ dân … tham gia
 * nhóm", seed 002's "100% hộ gia đình … ký bản cam kết"). The seed sets them only where a
 * neighbourhood has no count yet (seed/life/household-commitments.ts).
 */
export const SAMPLE_HOUSEHOLDS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  // Xã Yên Cường: 1,436 households.
  '13870': { 'THON-01': 212, 'THON-02': 185, 'THON-03': 240, 'THON-04': 168, 'THON-05': 196, 'THON-06': 230, 'XOM-01': 95, 'XOM-02': 110 },
  // Phường Buôn Ma Thuột: 3,075 households.
  '24133': {
    'TDP-01': 320,
    'TDP-02': 285,
    'TDP-03': 410,
    'TDP-04': 298,
    'TDP-05': 356,
    'TDP-06': 275,
    'TDP-07': 390,
    'TDP-08': 305,
    'BUON-01': 142,
    'BUON-02': 168,
    'BUON-03': 126,
  },
};

/**
 * Sample household commitments under KDC-KIEU-MAU in Phường Buôn Ma Thuột (seed 002, plan of June
 * 2026): households briefed and signed per neighbourhood, briefed in July and signed by August
 * 2026; three neighbourhoods are not yet at 100% (TDP-03, TDP-05, BUON-02). Σ briefed 3,067 and
 * Σ signed 3,028 of 3,075 households.
 */
export const SAMPLE_BMT_COMMITMENTS: ReadonlyArray<{ neighbourhoodCode: string; briefed: number; briefedOn: string; signed: number; signedOn: string }> = [
  { neighbourhoodCode: 'TDP-01', briefed: 320, briefedOn: '2026-07-05', signed: 320, signedOn: '2026-07-26' },
  { neighbourhoodCode: 'TDP-02', briefed: 285, briefedOn: '2026-07-06', signed: 285, signedOn: '2026-07-28' },
  { neighbourhoodCode: 'TDP-03', briefed: 410, briefedOn: '2026-07-08', signed: 396, signedOn: '2026-08-10' },
  { neighbourhoodCode: 'TDP-04', briefed: 298, briefedOn: '2026-07-10', signed: 298, signedOn: '2026-07-31' },
  { neighbourhoodCode: 'TDP-05', briefed: 356, briefedOn: '2026-07-12', signed: 340, signedOn: '2026-08-14' },
  { neighbourhoodCode: 'TDP-06', briefed: 275, briefedOn: '2026-07-12', signed: 275, signedOn: '2026-08-02' },
  { neighbourhoodCode: 'TDP-07', briefed: 390, briefedOn: '2026-07-15', signed: 390, signedOn: '2026-08-05' },
  { neighbourhoodCode: 'TDP-08', briefed: 305, briefedOn: '2026-07-18', signed: 305, signedOn: '2026-08-08' },
  { neighbourhoodCode: 'BUON-01', briefed: 142, briefedOn: '2026-07-20', signed: 142, signedOn: '2026-08-12' },
  { neighbourhoodCode: 'BUON-02', briefed: 160, briefedOn: '2026-07-22', signed: 151, signedOn: '2026-08-20' },
  { neighbourhoodCode: 'BUON-03', briefed: 126, briefedOn: '2026-07-25', signed: 126, signedOn: '2026-08-16' },
];
