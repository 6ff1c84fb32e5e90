import type { SameKeys } from '../../i18n/app';

const vi = {
  resources: {
    criteriaSets: {
      name: 'Bộ tiêu chí |||| Bộ tiêu chí',
      fields: {
        name: 'Tên bộ tiêu chí',
        note: 'Ghi chú',
        groups: 'Nhóm tiêu chí',
        criteria: 'Tiêu chí',
        thresholds: 'Ngưỡng xếp loại',
        maxTotal: 'Tổng điểm tối đa',
        criteriaCount: 'Số tiêu chí',
        revision: 'Phiên bản',
        createdAt: 'Tạo lúc',
        updatedAt: 'Cập nhật lúc',
        q: 'Tìm kiếm',
      },
      tabs: {
        criteria: 'Tiêu chí',
        thresholds: 'Ngưỡng xếp loại',
        programmes: 'Phong trào áp dụng',
        revisions: 'Các phiên bản',
      },
      revision: {
        number: 'Phiên bản',
        current: 'Phiên bản %{revision} (đang dùng)',
        frozen: 'Phiên bản %{revision}',
        replacedAt: 'Được thay lúc',
        criteriaCount: 'Số tiêu chí',
        maxTotal: 'Tổng điểm tối đa',
        thresholds: 'Ngưỡng xếp loại',
        help: 'Sửa nhóm, tiêu chí hoặc ngưỡng xếp loại của bộ tiêu chí đã có đánh giá sẽ tạo phiên bản mới: các đánh giá đã có giữ và hiển thị phiên bản đã chấm, đánh giá mới dùng phiên bản mới nhất. Chỉ sửa tên, ghi chú thì không tạo phiên bản mới.',
        empty: 'Bộ tiêu chí chưa có phiên bản cũ nào: chưa sửa tiêu chí sau khi đã có đánh giá.',
      },
      maxTotal_help: 'cộng điểm tối đa của các tiêu chí chấm điểm, mỗi tiêu chí đạt / không đạt tính 1 điểm',
      group: {
        code: 'Mã nhóm',
        title: 'Tên nhóm',
        none: 'Tiêu chí chưa xếp nhóm',
        empty: 'Nhóm này chưa có tiêu chí.',
      },
      criterion: {
        code: 'Mã',
        title: 'Nội dung tiêu chí',
        group: 'Nhóm tiêu chí',
        kind: 'Cách đánh giá',
        maxScore: 'Điểm tối đa',
        maxScore_pending: 'Chưa có',
        required: 'Bắt buộc',
        placeholder: 'Chờ văn bản',
        placeholder_chip: 'Chờ văn bản chính thức',
        empty: 'Bộ tiêu chí chưa có tiêu chí nào.',
      },
      threshold: {
        classification: 'Xếp loại',
        minTotal: 'Điểm tối thiểu',
        empty: 'Chưa quy định ngưỡng xếp loại.',
      },
      programmes_empty: 'Chưa có phong trào nào dùng bộ tiêu chí này.',
    },
  },
};

const en: SameKeys<typeof vi> = {
  resources: {
    criteriaSets: {
      name: 'Criteria set |||| Criteria sets',
      fields: {
        name: 'Name',
        note: 'Note',
        groups: 'Criterion groups',
        criteria: 'Criteria',
        thresholds: 'Classification thresholds',
        maxTotal: 'Maximum total',
        criteriaCount: 'Criteria',
        revision: 'Edition',
        createdAt: 'Created',
        updatedAt: 'Updated',
        q: 'Search',
      },
      tabs: {
        criteria: 'Criteria',
        thresholds: 'Thresholds',
        programmes: 'Programmes using it',
        revisions: 'Editions',
      },
      revision: {
        number: 'Edition',
        current: 'Edition %{revision} (current)',
        frozen: 'Edition %{revision}',
        replacedAt: 'Replaced',
        criteriaCount: 'Criteria',
        maxTotal: 'Maximum total',
        thresholds: 'Thresholds',
        help: 'Changing the groups, criteria or thresholds of a set that has ratings creates a new edition: existing assessments keep and show the edition they were rated on, new ones take the newest. Changing only the name or note creates none.',
        empty: 'No earlier editions: the criteria have not changed since ratings were made.',
      },
      maxTotal_help: "the points criteria's maximum scores, plus 1 for each pass / fail criterion",
      group: {
        code: 'Group code',
        title: 'Group name',
        none: 'Criteria without a group',
        empty: 'This group has no criteria yet.',
      },
      criterion: {
        code: 'Code',
        title: 'Criterion',
        group: 'Group',
        kind: 'Rated as',
        maxScore: 'Max. score',
        maxScore_pending: 'Not set',
        required: 'Required',
        placeholder: 'Awaiting text',
        placeholder_chip: 'Awaiting official text',
        empty: 'This set has no criteria yet.',
      },
      threshold: {
        classification: 'Classification',
        minTotal: 'Minimum total',
        empty: 'No classification thresholds set.',
      },
      programmes_empty: 'No programme uses this criteria set yet.',
    },
  },
};

export const messages = { vi, en };
