/** Labels for every enum of the contract, in both languages; the types make a missing value a compile error. */
import type {
  AssessmentAction,
  AssessmentPeriod,
  AssessmentStatus,
  AuditAction,
  ChannelKind,
  CriterionKind,
  DeadlineStep,
  DueState,
  ModelCategory,
  ModelStatus,
  NeighbourhoodType,
  OrganisationKind,
  ProvinceType,
  RatedLevel,
  RecognizingLevel,
  Role,
  SortOrder,
  TargetComparison,
  TodoKind,
  UnitLevel,
  WardType,
} from '../../../rules/contract';
import { MODEL_CATEGORY_VI, MODEL_STATUS_VI } from '../../../rules/labels';

interface EnumLabels {
  AssessmentAction: Record<AssessmentAction, string>;
  AssessmentPeriod: Record<AssessmentPeriod, string>;
  AssessmentStatus: Record<AssessmentStatus, string>;
  AuditAction: Record<AuditAction, string>;
  ChannelKind: Record<ChannelKind, string>;
  CriterionKind: Record<CriterionKind, string>;
  DeadlineStep: Record<DeadlineStep, string>;
  DueState: Record<DueState, string>;
  ModelCategory: Record<ModelCategory, string>;
  ModelStatus: Record<ModelStatus, string>;
  NeighbourhoodType: Record<NeighbourhoodType, string>;
  OrganisationKind: Record<OrganisationKind, string>;
  ProvinceType: Record<ProvinceType, string>;
  RatedLevel: Record<RatedLevel, string>;
  RecognizingLevel: Record<RecognizingLevel, string>;
  Role: Record<Role, string>;
  SortOrder: Record<SortOrder, string>;
  TargetComparison: Record<TargetComparison, string>;
  TodoKind: Record<TodoKind, string>;
  UnitLevel: Record<UnitLevel, string>;
  WardType: Record<WardType, string>;
}

export const enumsVi: EnumLabels = {
  AssessmentAction: { SUBMIT: 'Gửi thẩm định', APPRAISE: 'Thẩm định đạt', RETURN: 'Trả lại', RECOGNIZE: 'Công nhận', NOT_RECOGNIZE: 'Không công nhận' },
  AssessmentPeriod: { YEAR: 'Hằng năm', QUARTER: 'Hằng quý' },
  AssessmentStatus: {
    DRAFT: 'Đang soạn (chưa gửi)',
    SUBMITTED: 'Chờ thẩm định',
    APPRAISED: 'Đã thẩm định, chờ công nhận',
    RETURNED: 'Trả lại để bổ sung',
    RECOGNIZED: 'Đã công nhận',
    NOT_RECOGNIZED: 'Không được công nhận',
  },
  AuditAction: { CREATE: 'Tạo mới', UPDATE: 'Sửa', DELETE: 'Xóa', SUBMIT: 'Gửi thẩm định', APPRAISE: 'Thẩm định', RETURN: 'Trả lại', RECOGNIZE: 'Công nhận', NOT_RECOGNIZE: 'Không công nhận', ACCEPT: 'Tiếp nhận báo cáo', PROPOSE: 'Đề nghị', DECIDE: 'Quyết định', REJECT: 'Không chấp thuận' },
  ChannelKind: { ZALO_GROUP: 'Nhóm Zalo', ZALO_ACCOUNT: 'Tài khoản Zalo', QR_CODE: 'Mã QR', HOTLINE: 'Đường dây nóng', WEB_FORM: 'Trang tiếp nhận trực tuyến', SIGN: 'Biển, pano', OTHER: 'Khác' },
  CriterionKind: { PASS_FAIL: 'Đạt / không đạt', POINTS: 'Chấm điểm' },
  DeadlineStep: { SUBMIT: 'Hạn gửi tự đánh giá', REVIEW: 'Hạn thẩm định, công nhận', LAUNCH: 'Hạn triển khai', OTHER: 'Mốc khác' },
  DueState: { ON_TRACK: 'Còn hạn', DUE_SOON: 'Sắp đến hạn', OVERDUE: 'Quá hạn', DONE: 'Đã xong' },
  ModelCategory: MODEL_CATEGORY_VI,
  ModelStatus: MODEL_STATUS_VI,
  OrganisationKind: { STATE_AGENCY: 'Cơ quan nhà nước', ENTERPRISE: 'Doanh nghiệp', SCHOOL: 'Cơ sở giáo dục', OTHER: 'Tổ chức khác' },
  NeighbourhoodType: { THON: 'Thôn', XOM: 'Xóm', TO_DAN_PHO: 'Tổ dân phố', BUON: 'Buôn', AP: 'Ấp', KHOM: 'Khóm', BAN: 'Bản' },
  ProvinceType: { TINH: 'Tỉnh', THANH_PHO: 'Thành phố' },
  RatedLevel: { NEIGHBOURHOOD: 'Khu dân cư', WARD: 'Xã, phường, đặc khu', MODEL: 'Mô hình', ESTABLISHMENT: 'Cơ sở kinh doanh', ORGANISATION: 'Cơ quan, đơn vị (cơ quan, doanh nghiệp, trường học)' },
  RecognizingLevel: { WARD: 'Cấp xã', PROVINCE: 'Cấp tỉnh' },
  Role: {
    ADMIN: 'Quản trị hệ thống',
    PROVINCE_OFFICER: 'Cán bộ cấp tỉnh',
    WARD_OFFICER: 'Công an xã, phường, đặc khu',
    NEIGHBOURHOOD_HEAD: 'Người đứng đầu khu dân cư',
    VIEWER: 'Người xem (chỉ đọc)',
    ORGANISATION_REP: 'Đầu mối cơ quan, đơn vị',
  },
  SortOrder: { ASC: 'Tăng dần', DESC: 'Giảm dần' },
  TargetComparison: { AT_LEAST: 'Đạt từ', MORE_THAN: 'Trên' },
  TodoKind: {
    SUBMIT_ASSESSMENT: 'Gửi bản tự đánh giá',
    APPRAISE_ASSESSMENT: 'Thẩm định',
    DECIDE_ASSESSMENT: 'Quyết định công nhận',
    START_ASSESSMENT: 'Lập bản tự đánh giá',
    TRIAGE_REPORT: 'Xử lý phản ánh',
    ROLLOUT_STEP: 'Bước triển khai mô hình',
    PERIOD_REPORT: 'Gửi báo cáo định kỳ',
    MEETING_MINUTES: 'Ghi biên bản cuộc họp theo lịch',
    REVIEW: 'Tổ chức sơ kết, tổng kết',
    DECIDE_REWARD: 'Quyết định đề nghị khen thưởng, kỷ luật',
    REVISE_REWARD: 'Bổ sung đề nghị khen thưởng, kỷ luật bị trả lại',
  },
  UnitLevel: { PROVINCE: 'Tỉnh, thành phố', WARD: 'Xã, phường, đặc khu', NEIGHBOURHOOD: 'Khu dân cư' },
  WardType: { XA: 'Xã', PHUONG: 'Phường', DAC_KHU: 'Đặc khu' },
};

export const enumsEn: EnumLabels = {
  AssessmentAction: { SUBMIT: 'Submit', APPRAISE: 'Appraise', RETURN: 'Return', RECOGNIZE: 'Recognise', NOT_RECOGNIZE: 'Do not recognise' },
  AssessmentPeriod: { YEAR: 'Yearly', QUARTER: 'Quarterly' },
  AssessmentStatus: { DRAFT: 'Draft (not sent)', SUBMITTED: 'Awaiting appraisal', APPRAISED: 'Appraised, awaiting recognition', RETURNED: 'Returned for completion', RECOGNIZED: 'Recognised', NOT_RECOGNIZED: 'Not recognised' },
  AuditAction: { CREATE: 'Created', UPDATE: 'Updated', DELETE: 'Deleted', SUBMIT: 'Submitted', APPRAISE: 'Appraised', RETURN: 'Returned', RECOGNIZE: 'Recognised', NOT_RECOGNIZE: 'Not recognised', ACCEPT: 'Report accepted', PROPOSE: 'Proposed', DECIDE: 'Decided', REJECT: 'Rejected' },
  ChannelKind: { ZALO_GROUP: 'Zalo group', ZALO_ACCOUNT: 'Zalo account', QR_CODE: 'QR code', HOTLINE: 'Hotline', WEB_FORM: 'Web form', SIGN: 'Sign', OTHER: 'Other' },
  CriterionKind: { PASS_FAIL: 'Pass / fail', POINTS: 'Points' },
  DeadlineStep: { SUBMIT: 'Self-assessment due', REVIEW: 'Review due', LAUNCH: 'Launch due', OTHER: 'Other date' },
  DueState: { ON_TRACK: 'On track', DUE_SOON: 'Due soon', OVERDUE: 'Overdue', DONE: 'Done' },
  ModelCategory: {
    ZALO_GROUP: 'Security Zalo group',
    CAMERA: 'Security cameras',
    HOTLINE: 'Hotline',
    SELF_MANAGED_GROUP: 'Self-managed group',
    MODEL_RESIDENTIAL_AREA: 'Model residential area',
    CLUB: 'Club',
    YOUTH_TEAM: 'Guiding young offenders',
    TOURISM_SAFETY: 'Tourism safety',
    REINTEGRATION: 'Reintegration support',
    CREDIT_SUPPORT: 'Credit support',
    PROPAGANDA: 'Awareness raising',
    OTHER: 'Other',
  },
  ModelStatus: { PLANNED: 'Not started (plan issued)', ESTABLISHED: 'Established', LAUNCHED: 'Launched', OPERATING: 'Operating', SUSPENDED: 'Suspended', ENDED: 'Ended' },
  OrganisationKind: { STATE_AGENCY: 'State agency', ENTERPRISE: 'Enterprise', SCHOOL: 'School', OTHER: 'Other organisation' },
  NeighbourhoodType: { THON: 'Village (thôn)', XOM: 'Hamlet (xóm)', TO_DAN_PHO: 'Residential group (tổ dân phố)', BUON: 'Village (buôn)', AP: 'Hamlet (ấp)', KHOM: 'Quarter (khóm)', BAN: 'Village (bản)' },
  ProvinceType: { TINH: 'Province', THANH_PHO: 'Municipality' },
  RatedLevel: { NEIGHBOURHOOD: 'Neighbourhood', WARD: 'Commune / ward', MODEL: 'Model', ESTABLISHMENT: 'Business', ORGANISATION: 'Agency, enterprise or school' },
  RecognizingLevel: { WARD: 'Commune level', PROVINCE: 'Province level' },
  Role: { ADMIN: 'Administrator', PROVINCE_OFFICER: 'Province officer', WARD_OFFICER: 'Commune police', NEIGHBOURHOOD_HEAD: 'Neighbourhood head', VIEWER: 'Viewer (read-only)', ORGANISATION_REP: 'Organisation contact' },
  SortOrder: { ASC: 'Ascending', DESC: 'Descending' },
  TargetComparison: { AT_LEAST: 'At least', MORE_THAN: 'More than' },
  TodoKind: {
    SUBMIT_ASSESSMENT: 'Submit the self-assessment',
    APPRAISE_ASSESSMENT: 'Appraise',
    DECIDE_ASSESSMENT: 'Decide recognition',
    START_ASSESSMENT: 'Start the self-assessment',
    TRIAGE_REPORT: 'Triage the report',
    ROLLOUT_STEP: 'Model rollout step',
    PERIOD_REPORT: 'Submit the periodic report',
    MEETING_MINUTES: 'Record the minutes of a scheduled meeting',
    REVIEW: 'Hold the interim or final review',
    DECIDE_REWARD: 'Decide a reward or discipline proposal',
    REVISE_REWARD: 'Revise a returned reward proposal',
  },
  UnitLevel: { PROVINCE: 'Province', WARD: 'Commune / ward', NEIGHBOURHOOD: 'Neighbourhood' },
  WardType: { XA: 'Commune', PHUONG: 'Ward', DAC_KHU: 'Special zone' },
};

export type EnumName = keyof EnumLabels;
