import type { SameKeys } from '../../i18n/app';

const vi = {
  resources: {
    meetings: {
      name: 'Cuộc họp |||| Cuộc họp',
      fields: {
        modelId: 'Mô hình',
        wardId: 'Xã, phường, đặc khu',
        'model.name': 'Mô hình',
        kind: 'Loại cuộc họp',
        heldOn: 'Ngày họp',
        place: 'Địa điểm',
        chair: 'Người chủ trì',
        attendees: 'Thành phần tham dự',
        minutes: 'Biên bản, kết luận',
        isSample: 'Dữ liệu mẫu',
        heldFrom: 'Họp từ ngày',
        heldTo: 'Họp đến ngày',
        q: 'Tìm kiếm',
        createdAt: 'Ngày tạo',
        updatedAt: 'Cập nhật lần cuối',
      },
      kinds: { REGULAR: 'Họp định kỳ', EXTRAORDINARY: 'Họp đột xuất', INTERIM_REVIEW: 'Sơ kết', FINAL_REVIEW: 'Tổng kết' },
      attendee: 'Người tham dự',
      no_attendees: 'Chưa ghi thành phần tham dự',
      none: 'Chưa có cuộc họp nào được ghi lại.',
    },
  },
};

const en: SameKeys<typeof vi> = {
  resources: {
    meetings: {
      name: 'Meeting |||| Meetings',
      fields: {
        modelId: 'Model',
        wardId: 'Commune or ward',
        'model.name': 'Model',
        kind: 'Kind',
        heldOn: 'Held on',
        place: 'Place',
        chair: 'Chaired by',
        attendees: 'Attendees',
        minutes: 'Minutes and conclusions',
        isSample: 'Sample data',
        heldFrom: 'Held from',
        heldTo: 'Held until',
        q: 'Search',
        createdAt: 'Created',
        updatedAt: 'Last updated',
      },
      kinds: { REGULAR: 'Regular meeting', EXTRAORDINARY: 'Extraordinary meeting', INTERIM_REVIEW: 'Interim review', FINAL_REVIEW: 'Final review' },
      attendee: 'Attendee',
      no_attendees: 'No attendees recorded',
      none: 'No meeting recorded yet.',
    },
  },
};

export const messages = { vi, en };
