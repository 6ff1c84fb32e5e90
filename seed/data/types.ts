/**
 * Shapes of the seed documents' content (../shared/seeds/) for issue 3: programmes with their
 * criteria and targets, and the models units run. The API's Programme, CriteriaSet and Model
 * resources store exactly these fields (plus ids, ancestors and versions).
 *
 * Units are referred to by code: a province code ("14"), a ward code ("03982"), or a ward code
 * plus a neighbourhood code for the seed's own neighbourhoods (seed/data/neighbourhoods.ts).
 * Dates are "YYYY-MM-DD". Every string is Vietnamese as in the source document, trimmed of the
 * PDF's line breaks. Nothing invented is presented as official: invented values carry
 * `isSample: true` or a note saying so.
 */

/** Where a fact comes from, e.g. { seed: '004', section: 'Phụ lục 2, dòng 5' }. */
export interface SourceRef {
  seed: '000' | '001' | '002' | '003' | '004';
  section?: string;
}

/** A legal or planning document (căn cứ pháp lý, kế hoạch, quyết định). */
export interface DocumentRef {
  number?: string; // "3554/QĐ-BCA-V05", "131/KH-UBND"
  date?: string; // YYYY-MM-DD
  issuer?: string; // "Bộ Công an", "UBND tỉnh Đắk Lắk"
  title?: string;
  /** The number (or title, when unnumbered) of the document this one implements ("Thực hiện Kế hoạch số 59/KH-CAT-PC06…"). */
  basedOn?: string;
}

/** A body's duties in "Tổ chức thực hiện" / "Phân công trách nhiệm", one duty per bullet of the document. */
export interface SeedResponsibility {
  body: string;
  duties: string[];
  note?: string;
}

/** A funding row (Kinh phí); amounts only where a document gives them (VND), year where it says so. */
export interface SeedFunding {
  source: string;
  legalBasis?: string;
  year?: number;
  plannedAmount?: number;
  spentAmount?: number;
  note?: string;
}

export type UnitRef = { provinceCode: string } | { wardCode: string } | { wardCode: string; neighbourhoodCode: string };

export type RatedLevel = 'NEIGHBOURHOOD' | 'WARD' | 'MODEL' | 'ESTABLISHMENT' | 'ORGANISATION';
export type RecognizingLevel = 'WARD' | 'PROVINCE';

export interface SeedCriterion {
  code: string; // "3.3.1"
  title: string;
  group: string; // the group's code, e.g. "3.3"
  kind: 'PASS_FAIL' | 'POINTS';
  maxScore?: number; // with POINTS
  required: boolean; // must be met for recognition
  /** True where the document does not give the wording (seed 003): a plain placeholder title. */
  placeholder?: boolean;
  /** Scored from substantiated reports: maxScore less this per report (seed 000's business rating). */
  deductPerReport?: number;
}

export interface SeedCriteriaSet {
  name: string;
  groups: Array<{ code: string; title: string }>;
  criteria: SeedCriterion[];
  /** Classification by total: the highest `minTotal` reached wins. Empty where the document gives none. */
  thresholds: Array<{ classification: string; minTotal: number }>;
  note?: string;
}

export interface SeedTarget {
  title: string;
  /** Machine-readable name of what is measured, e.g. "launchedWithin3MonthsShare", "householdsSignedShare", "recognisedShare", "householdsInZaloGroupShare". */
  metric: string;
  goal: number; // e.g. 1 for 100 %, 0.9 for 90 %
  unit: string; // "tỷ lệ", "hộ", "ngày"…
  /** "more than" vs "at least" */
  comparison: 'AT_LEAST' | 'MORE_THAN';
  note?: string;
}

export interface SeedDeadline {
  title: string;
  /** A fixed date, or a yearly day-month ("--11-25" for "before 25/11 every year"). */
  due: string;
  /**
   * What the date is for (DeadlineDoc.step): SUBMIT a self-assessment, REVIEW (appraise, sơ kết),
   * LAUNCH (ra mắt, build done), OTHER where the document does not tie it to a step.
   */
  step: 'SUBMIT' | 'REVIEW' | 'LAUNCH' | 'OTHER';
  note?: string;
}

export interface SeedProgramme {
  code: string;
  name: string;
  legalBasis: DocumentRef[];
  ratedLevel: RatedLevel;
  recognizingLevel: RecognizingLevel;
  /** YEAR or QUARTER: how often subjects are assessed. */
  period: 'YEAR' | 'QUARTER';
  criteriaSet: SeedCriteriaSet;
  targets: SeedTarget[];
  deadlines: SeedDeadline[];
  description?: string;
  /** The issuing unit (its subtree is where the programme applies); absent: national. */
  issuer?: UnitRef;
  /** Further levels of subject it rates (Decision 3554: wards and organisations). */
  alsoRates?: RatedLevel[];
  /** "Tổ chức thực hiện" of its plan. */
  responsibilities?: SeedResponsibility[];
  /** "Nơi nhận" of its plan, as written. */
  recipients?: string[];
  /** Community groups' name template with {unit}. */
  groupNamingRule?: string;
  source: SourceRef;
}

export type ModelCategory =
  | 'ZALO_GROUP'
  | 'CAMERA'
  | 'HOTLINE'
  | 'SELF_MANAGED_GROUP'
  | 'MODEL_RESIDENTIAL_AREA'
  | 'CLUB'
  | 'YOUTH_TEAM'
  | 'TOURISM_SAFETY'
  | 'REINTEGRATION'
  | 'CREDIT_SUPPORT'
  | 'PROPAGANDA'
  | 'OTHER';

export type ModelStatus = 'PLANNED' | 'ESTABLISHED' | 'LAUNCHED' | 'OPERATING' | 'SUSPENDED' | 'ENDED';

export interface SeedFigure {
  indicator: string; // "Biển số điện thoại Công an", "Camera an ninh", "Tin báo"
  value: number;
  unit: string; // "biển", "camera", "thành viên", "triệu đồng"
  period: string; // "2020", "2025-Q3", "2019–2020"
  /** Where, when the document splits a figure by place (cameras: 63 district, 15 Tân Dương…). */
  place?: string;
  /** A target or plan, not an achieved result. */
  planned?: boolean;
  note?: string;
}

export interface SeedMember {
  name: string; // the person's name as written, or the position when the document names none
  position: string; // chức vụ
  role: string; // vai trò in the committee: "Trưởng ban", "Phó Trưởng ban", "Thành viên", "Tổ trưởng"…
  group: string; // "Ban chỉ đạo", "Tổ giúp việc", "Tổ Ứng phó nhanh"…
}

export interface SeedChannel {
  kind: 'ZALO_GROUP' | 'ZALO_ACCOUNT' | 'QR_CODE' | 'HOTLINE' | 'WEB_FORM' | 'SIGN' | 'OTHER';
  name: string; // e.g. the Zalo group's name following the document's naming rule
  value?: string; // phone number, URL (only if the document gives one)
  languages?: string[]; // ["vi", "en"]
  note?: string;
  /** Invented for the demo (e.g. a Zalo group named after a sample thôn). */
  isSample?: boolean;
}

export interface SeedStep {
  order: number;
  title: string;
  dueOn?: string; // YYYY-MM-DD
  /** The day it was done, only where a document says it was; otherwise left empty (an undone step past dueOn shows overdue). */
  doneOn?: string;
  note?: string;
}

export interface SeedComponent {
  title: string;
  description: string;
  place?: string;
}

export interface SeedModel {
  /** Stable key within the seed, e.g. "lai-vung-01". */
  key: string;
  name: string;
  category: ModelCategory;
  unit: UnitRef;
  /** Programme code, when the model belongs to one. */
  programmeCode?: string;
  leadBody: string; // đơn vị chủ trì
  /** Where it runs, as the document words it ("12 xã, thị trấn"). */
  area?: string;
  status: ModelStatus;
  statusDates?: Partial<Record<'planned' | 'established' | 'launched' | 'operating' | 'suspended' | 'ended', string>>;
  /** When it started, as precisely as the document says: "2013", "2020-08". */
  startedIn?: string;
  /** When its status was last known (seed 004's report: "2020-12"). */
  statusAsOf?: string;
  /**
   * The name as a report sent it, where that spelling has a typo fixed in `name` (seed 004's
   * Phụ lục 2): the report is frozen with this spelling, the registry keeps `name`.
   */
  reportedName?: string;
  context?: string; // bối cảnh xây dựng
  results?: string; // kết quả nổi bật
  problems?: string; // những vấn đề đặt ra
  nextPlan?: string; // phương hướng kỳ tới: only a plan for the next period (duties go in responsibilities)
  nextPlanPeriod?: string; // "2021–2025"
  requests?: string; // kiến nghị đối với cấp trên
  funding?: SeedFunding[];
  /** "Tổ chức thực hiện" / "Phân công trách nhiệm" of its plan. */
  responsibilities?: SeedResponsibility[];
  /** "Nơi nhận" of its plan, as written. */
  recipients?: string[];
  /** Community groups' name template with {unit} (seed 001: "Zalo ANTT {unit} xã Yên Cường"). */
  groupNamingRule?: string;
  committee?: SeedMember[];
  meetingSchedule?: string;
  channels?: SeedChannel[];
  steps?: SeedStep[];
  components?: SeedComponent[];
  targets?: SeedTarget[];
  deadlines?: SeedDeadline[];
  figures?: SeedFigure[];
  documents?: DocumentRef[];
  /** How an old unit was mapped to today's (seed 004 predates the 2025 re-arrangement). */
  unitMappingNote?: string;
  isSample?: boolean;
  source: SourceRef;
}
