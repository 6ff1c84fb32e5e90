import type { SameKeys } from '../../i18n/app';

const vi = {
  resources: {
    householdCommitments: {
      name: 'Cam kết hộ gia đình |||| Cam kết hộ gia đình',
      fields: {
        neighbourhoodId: 'Thôn, tổ dân phố',
        'neighbourhood.name': 'Thôn, tổ dân phố',
        'neighbourhood.households': 'Số hộ',
        wardId: 'Xã, phường, đặc khu',
        provinceId: 'Tỉnh, thành phố',
        programmeId: 'Phong trào',
        'programme.name': 'Phong trào',
        briefed: 'Số hộ được phổ biến',
        briefedOn: 'Ngày phổ biến',
        signed: 'Số hộ ký cam kết',
        signedOn: 'Ngày ký cam kết',
        note: 'Ghi chú',
        isSample: 'Dữ liệu mẫu',
        createdAt: 'Ngày tạo',
        updatedAt: 'Cập nhật lần cuối',
      },
      signed_of: '%{signed} / %{households} hộ',
      households_unknown: 'chưa có số hộ',
      hints: {
        programme: 'Mỗi thôn, tổ dân phố có một bản ghi cho mỗi phong trào.',
        signed: 'Không quá số hộ được phổ biến.',
        briefed: 'Không quá số hộ của thôn, tổ dân phố.',
      },
      panel: {
        title: 'Số hộ và cam kết',
        intro: 'Nhập số hộ của thôn, tổ dân phố và số hộ được phổ biến, ký cam kết theo từng phong trào.',
        households: 'Tổng số hộ',
        population: 'Số nhân khẩu',
        save: 'Lưu số liệu',
        saved: 'Đã lưu số liệu hộ gia đình.',
        none: 'Chưa có phong trào nào áp dụng cho thôn, tổ dân phố này.',
      },
      notifications: {
        created: 'Đã thêm cam kết hộ gia đình',
        updated: 'Đã lưu cam kết hộ gia đình',
        deleted: 'Đã xoá cam kết hộ gia đình',
      },
    },
  },
};

const en: SameKeys<typeof vi> = {
  resources: {
    householdCommitments: {
      name: 'Household commitment |||| Household commitments',
      fields: {
        neighbourhoodId: 'Neighbourhood',
        'neighbourhood.name': 'Neighbourhood',
        'neighbourhood.households': 'Households',
        wardId: 'Ward',
        provinceId: 'Province',
        programmeId: 'Programme',
        'programme.name': 'Programme',
        briefed: 'Households briefed',
        briefedOn: 'Briefed on',
        signed: 'Households signed',
        signedOn: 'Signed on',
        note: 'Note',
        isSample: 'Sample data',
        createdAt: 'Created',
        updatedAt: 'Last updated',
      },
      signed_of: '%{signed} / %{households} households',
      households_unknown: 'households not known',
      hints: {
        programme: 'One record per neighbourhood and programme.',
        signed: 'At most the households briefed.',
        briefed: "At most the neighbourhood's households.",
      },
      panel: {
        title: 'Households and commitments',
        intro: "Enter the neighbourhood's households and, for each programme, the households briefed and those that signed.",
        households: 'Households',
        population: 'Population',
        save: 'Save figures',
        saved: 'Household figures saved.',
        none: 'No programme applies to this neighbourhood.',
      },
      notifications: {
        created: 'Household commitment added',
        updated: 'Household commitment saved',
        deleted: 'Household commitment deleted',
      },
    },
  },
};

export const messages = { vi, en };
