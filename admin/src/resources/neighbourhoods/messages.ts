import type { SameKeys } from '../../i18n/app';

const vi = {
  resources: {
    neighbourhoods: {
      name: 'Khu dân cư |||| Khu dân cư',
      fields: {
        code: 'Mã',
        name: 'Tên khu dân cư',
        type: 'Loại',
        provinceId: 'Tỉnh, thành phố',
        wardId: 'Xã, phường, đặc khu',
        'ward.name': 'Xã, phường, đặc khu',
        'province.name': 'Tỉnh, thành phố',
        headUserId: 'Tài khoản người đứng đầu khu dân cư',
        headName: 'Người đứng đầu khu dân cư',
        headPhone: 'Điện thoại người đứng đầu khu dân cư',
        households: 'Số hộ',
        population: 'Số nhân khẩu',
        rearrangedOn: 'Ngày sắp xếp lại',
        phone: 'Điện thoại',
        email: 'Email',
        address: 'Địa chỉ nhà văn hóa',
        note: 'Ghi chú',
        isSample: 'Dữ liệu mẫu',
        q: 'Tìm kiếm',
      },
      tabs: { models: 'Mô hình', assessments: 'Đánh giá' },
      locked_heading: 'Chỉ xem: do xã, phường, đặc khu cập nhật',
    },
  },
};

const en: SameKeys<typeof vi> = {
  resources: {
    neighbourhoods: {
      name: 'Neighbourhood |||| Neighbourhoods',
      fields: {
        code: 'Code',
        name: 'Name',
        type: 'Kind',
        provinceId: 'Province',
        wardId: 'Commune / ward',
        'ward.name': 'Commune / ward',
        'province.name': 'Province',
        headUserId: "Head's account",
        headName: 'Head',
        headPhone: "Head's phone",
        households: 'Households',
        population: 'Population',
        rearrangedOn: 'Re-arranged on',
        phone: 'Phone',
        email: 'Email',
        address: 'Community hall address',
        note: 'Note',
        isSample: 'Sample data',
        q: 'Search',
      },
      tabs: { models: 'Models', assessments: 'Assessments' },
      locked_heading: 'Read only: kept up to date by the commune or ward',
    },
  },
};

export const messages = { vi, en };
