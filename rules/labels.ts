/**
 * Vietnamese names of the contract's values that more than the console needs: the report
 * documents print them and the spreadsheet import reads them back (a unit writes "Camera an ninh",
 * not CAMERA). The console's enum labels take these same texts.
 */
import type { ModelCategory, ModelStatus } from './contract';

export const MODEL_CATEGORY_VI: Record<ModelCategory, string> = {
  ZALO_GROUP: 'Nhóm Zalo ANTT',
  CAMERA: 'Camera an ninh',
  HOTLINE: 'Đường dây nóng',
  SELF_MANAGED_GROUP: 'Tổ nhân dân tự quản',
  MODEL_RESIDENTIAL_AREA: 'Khu dân cư kiểu mẫu',
  CLUB: 'Câu lạc bộ',
  YOUTH_TEAM: 'Cảm hóa, giáo dục thanh thiếu niên',
  TOURISM_SAFETY: 'An toàn du lịch',
  REINTEGRATION: 'Hỗ trợ tái hòa nhập',
  CREDIT_SUPPORT: 'Hỗ trợ vay vốn',
  PROPAGANDA: 'Tuyên truyền',
  OTHER: 'Khác',
};

export const MODEL_STATUS_VI: Record<ModelStatus, string> = {
  PLANNED: 'Chưa triển khai (đã có kế hoạch)',
  ESTABLISHED: 'Đã thành lập',
  LAUNCHED: 'Đã ra mắt',
  OPERATING: 'Đang hoạt động',
  SUSPENDED: 'Tạm dừng',
  ENDED: 'Đã kết thúc',
};
