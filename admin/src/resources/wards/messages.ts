import type { SameKeys } from '../../i18n/app';

const vi = {
  resources: {
    wards: {
      name: 'Xã, phường, đặc khu |||| Xã, phường, đặc khu',
      fields: {
        code: 'Mã đơn vị hành chính',
        name: 'Tên xã, phường, đặc khu',
        type: 'Loại',
        level: 'Cấp',
        provinceId: 'Tỉnh, thành phố',
        'province.name': 'Tỉnh, thành phố',
        q: 'Tìm kiếm',
      },
      helpers: {
        provinceId: 'Chuyển xã, phường, đặc khu sang tỉnh khác sẽ chuyển theo toàn bộ khu dân cư của nó.',
      },
      tabs: { neighbourhoods: 'Khu dân cư', models: 'Mô hình' },
    },
  },
};

const en: SameKeys<typeof vi> = {
  resources: {
    wards: {
      name: 'Commune / ward |||| Communes / wards',
      fields: {
        code: 'Administrative code',
        name: 'Name',
        type: 'Kind',
        level: 'Level',
        provinceId: 'Province',
        'province.name': 'Province',
        q: 'Search',
      },
      helpers: {
        provinceId: 'Moving the commune / ward to another province moves all its neighbourhoods with it.',
      },
      tabs: { neighbourhoods: 'Neighbourhoods', models: 'Models' },
    },
  },
};

export const messages = { vi, en };
