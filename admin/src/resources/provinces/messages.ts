import type { SameKeys } from '../../i18n/app';

const vi = {
  resources: {
    provinces: {
      name: 'Tỉnh, thành phố |||| Tỉnh, thành phố',
      fields: {
        code: 'Mã đơn vị hành chính',
        name: 'Tên tỉnh, thành phố',
        shortCode: 'Mã viết tắt',
        type: 'Loại',
        level: 'Cấp',
        q: 'Tìm kiếm',
      },
      helpers: {
        code: 'Ví dụ: 14 (tỉnh Sơn La)',
        shortCode: 'Ba chữ cái, ví dụ: SLA',
      },
      tabs: { wards: 'Xã, phường, đặc khu' },
    },
  },
};

const en: SameKeys<typeof vi> = {
  resources: {
    provinces: {
      name: 'Province |||| Provinces',
      fields: {
        code: 'Administrative code',
        name: 'Name',
        shortCode: 'Short code',
        type: 'Kind',
        level: 'Level',
        q: 'Search',
      },
      helpers: {
        code: 'E.g. 14 (Sơn La province)',
        shortCode: 'Three letters, e.g. SLA',
      },
      tabs: { wards: 'Communes / wards' },
    },
  },
};

export const messages = { vi, en };
