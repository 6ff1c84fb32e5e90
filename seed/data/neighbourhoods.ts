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
