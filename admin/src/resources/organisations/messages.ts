import type { SameKeys } from '../../i18n/app';

const vi = {
  resources: {
    organisations: {
      name: 'Cơ quan, đơn vị |||| Cơ quan, đơn vị',
      fields: {
        name: 'Tên cơ quan, đơn vị',
        kind: 'Loại',
        unitId: 'Thuộc',
        'unit.name': 'Thuộc',
        unitLevel: 'Cấp',
        provinceId: 'Tỉnh, thành phố',
        wardId: 'Xã, phường, đặc khu',
        provinceOnly: 'Chỉ cơ quan cấp tỉnh',
        address: 'Địa chỉ',
        headName: 'Người đứng đầu',
        headTitle: 'Chức vụ người đứng đầu',
        contactName: 'Đầu mối',
        contactPhone: 'Điện thoại đầu mối',
        contactEmail: 'Thư điện tử đầu mối',
        note: 'Ghi chú',
        isSample: 'Dữ liệu mẫu',
        assessments: 'Đánh giá',
        createdAt: 'Ngày tạo',
        updatedAt: 'Cập nhật',
        q: 'Tìm kiếm',
      },
      tabs: { assessments: 'Tự đánh giá, thẩm định' },
      sections: { head: 'Người đứng đầu', contact: 'Đầu mối' },
      hints: {
        unit: 'Chọn tỉnh; chọn thêm xã, phường nếu cơ quan, đơn vị thuộc xã, phường (để trống: cơ quan cấp tỉnh). Cơ quan cấp xã do Công an xã thẩm định, cơ quan cấp tỉnh do Công an tỉnh thẩm định.',
        unit_fixed: 'Đầu mối không chuyển cơ quan, đơn vị sang đơn vị hành chính khác.',
      },
      province_level: 'Cơ quan cấp tỉnh',
      ratings: {
        programme: 'Phong trào',
        year: 'Năm',
        status: 'Trạng thái',
        total: 'Tổng điểm',
        empty: 'Cơ quan, đơn vị này chưa có đánh giá nào.',
        new: 'Tự đánh giá mới',
      },
    },
  },
};

const en: SameKeys<typeof vi> = {
  resources: {
    organisations: {
      name: 'Organisation |||| Organisations',
      fields: {
        name: 'Name',
        kind: 'Kind',
        unitId: 'Belongs to',
        'unit.name': 'Belongs to',
        unitLevel: 'Level',
        provinceId: 'Province',
        wardId: 'Commune / ward',
        provinceOnly: 'Provincial bodies only',
        address: 'Address',
        headName: 'Head',
        headTitle: "Head's title",
        contactName: 'Contact person',
        contactPhone: "Contact's phone",
        contactEmail: "Contact's e-mail",
        note: 'Note',
        isSample: 'Sample data',
        assessments: 'Assessments',
        createdAt: 'Created',
        updatedAt: 'Updated',
        q: 'Search',
      },
      tabs: { assessments: 'Self-assessments and appraisal' },
      sections: { head: 'Head', contact: 'Contact person' },
      hints: {
        unit: 'Pick the province; pick a commune or ward too if the organisation belongs to one (left empty: a provincial body). Commune police appraise a commune’s organisations, provincial police a province’s.',
        unit_fixed: 'An organisation’s contact person does not move it to another unit.',
      },
      province_level: 'Provincial body',
      ratings: {
        programme: 'Programme',
        year: 'Year',
        status: 'Status',
        total: 'Total',
        empty: 'This organisation has no assessment yet.',
        new: 'New self-assessment',
      },
    },
  },
};

export const messages = { vi, en };
