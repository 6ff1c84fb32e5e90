/**
 * Meetings and their schedules as the seed documents set them:
 * - seed 001 (Kế hoạch 1111/KH-UBND, xã Yên Cường): "họp định kỳ 01 tháng/lần vào ngày 20 hàng
 *   tháng" from 05/2026 (the model operates "từ tháng 05/2026"): a MONTHLY schedule on the 20th;
 *   "định kỳ 01 tháng, 06 tháng, 01 năm tổ chức họp đánh giá": a HALF_YEARLY and a YEARLY review
 *   schedule, whose days the document does not give (sample: the 20th of 11/2026, 05/2027…, and
 *   15/12, the day the sơ kết is due "trước ngày 15/12/2026"); one recorded meeting on 20/05/2026,
 *   a sample: the document has no minutes. Its sơ kết deadline (15/12/2026, step REVIEW) is the
 *   model's own (seed-models.ts) and shows as a REVIEW to-do until a review meeting is recorded.
 * - seed 002 (phường Buôn Ma Thuột): "duy trì chế độ sinh hoạt định kỳ (hàng quý)… của Ban Chỉ đạo
 *   mô hình" and yearly sơ kết, tổng kết: QUARTERLY and YEARLY schedules of the ward's steering
 *   committee (a unit schedule), sample days (the document gives none).
 * Inserts only what is missing by natural key (owner, kind, recurrence; a meeting by owner, day
 * and kind); never overwrites an edit.
 */
import { Types } from 'mongoose';
import type { Viewer } from '../../api/core/access';
import { Ward } from '../../api/hierarchy/ward.model';
import { MeetingSchedule } from '../../api/meetings/meeting-schedule.model';
import { meetingSchedules } from '../../api/meetings/meeting-schedule.service';
import { Meeting } from '../../api/meetings/meeting.model';
import { meetings } from '../../api/meetings/meeting.service';
import { SecurityModel } from '../../api/models/model.model';
import type { MeetingKind, MeetingRecurrence } from '../../rules/contract';
import { SEED_DOCUMENT_MODELS } from '../data/seed-models';

const YEN_CUONG_WARD = '13870';
const BUON_MA_THUOT_WARD = '24133';
const YEN_CUONG_MODEL = SEED_DOCUMENT_MODELS.find((m) => m.key === 'yen-cuong-zalo-antt');

/** The identity the seed's changes are recorded under (as seed/content.ts's). */
const SEED: Viewer = { userId: new Types.ObjectId('000000000000000000000000'), username: 'seed', role: 'ADMIN', scope: null };

interface ScheduleSeed {
  kind: MeetingKind;
  recurrence: MeetingRecurrence;
  dayOfMonth: number;
  month?: number;
  startsOn: string;
  note: string;
  isSample: boolean;
}

const YEN_CUONG_SCHEDULES: ScheduleSeed[] = [
  {
    kind: 'REGULAR',
    recurrence: 'MONTHLY',
    dayOfMonth: 20,
    startsOn: '2026-05-01',
    note: 'Kế hoạch 1111/KH-UBND, mục II.3.2.5: “Định kỳ: 01 tháng/lần vào ngày 20 hàng tháng”; vận hành từ tháng 05/2026 (mục III.1).',
    isSample: false,
  },
  {
    kind: 'INTERIM_REVIEW',
    recurrence: 'HALF_YEARLY',
    dayOfMonth: 20,
    month: 11,
    startsOn: '2026-05-20',
    note: 'Mục V: “Định kỳ 01 tháng, 06 tháng, 01 năm tổ chức họp đánh giá tình hình, kết quả thực hiện”. Văn bản không ghi ngày họp 06 tháng: ngày 20 của tháng 11 và tháng 5 là dữ liệu mẫu.',
    isSample: true,
  },
  {
    kind: 'FINAL_REVIEW',
    recurrence: 'YEARLY',
    dayOfMonth: 15,
    month: 12,
    startsOn: '2026-05-20',
    note: 'Mục V: họp đánh giá 01 năm; sơ kết mô hình “trước ngày 15/12/2026” (mục II.3.2.5). Văn bản không ghi ngày họp hằng năm: ngày 15/12 là dữ liệu mẫu.',
    isSample: true,
  },
];

const BUON_MA_THUOT_SCHEDULES: ScheduleSeed[] = [
  {
    kind: 'REGULAR',
    recurrence: 'QUARTERLY',
    dayOfMonth: 25,
    month: 3,
    startsOn: '2026-07-01',
    note: 'Kế hoạch của UBND phường Buôn Ma Thuột (tháng 6/2026), mục 3.1: “Duy trì chế độ sinh hoạt định kỳ (hàng quý) hoặc đột xuất của Ban Chỉ đạo mô hình”. Văn bản không ghi ngày họp: ngày 25 của tháng cuối quý là dữ liệu mẫu.',
    isSample: true,
  },
  {
    kind: 'FINAL_REVIEW',
    recurrence: 'YEARLY',
    dayOfMonth: 15,
    month: 12,
    startsOn: '2026-07-01',
    note: 'Mục 3.1: “Chú trọng công tác sơ kết, tổng kết”. Văn bản không ghi ngày: tổng kết hằng năm ngày 15/12 là dữ liệu mẫu.',
    isSample: true,
  },
];

/** Creates the owner's schedules that are missing (by kind and recurrence); returns them all by kind. */
async function ensureSchedules(owner: { modelId?: string; unitId?: string }, rows: ScheduleSeed[]): Promise<{ created: number; byKind: Map<MeetingKind, string> }> {
  const where = owner.modelId ? { modelId: new Types.ObjectId(owner.modelId) } : { unitId: new Types.ObjectId(owner.unitId), modelId: null };
  const existing = await MeetingSchedule.find(where, { kind: 1, recurrence: 1 }).lean();
  const byKind = new Map(existing.map((s) => [s.kind, String(s._id)]));
  let created = 0;
  for (const row of rows) {
    if (existing.some((s) => s.kind === row.kind && s.recurrence === row.recurrence)) continue;
    const schedule = await meetingSchedules.create(SEED, { ...owner, ...row });
    byKind.set(row.kind, String(schedule._id));
    created++;
  }
  return { created, byKind };
}

export async function seedMeetings(): Promise<number> {
  let created = 0;
  const [yenCuong, buonMaThuot] = await Promise.all([
    Ward.findOne({ code: YEN_CUONG_WARD }, { _id: 1 }).lean(),
    Ward.findOne({ code: BUON_MA_THUOT_WARD }, { _id: 1 }).lean(),
  ]);
  const model = yenCuong && YEN_CUONG_MODEL ? await SecurityModel.findOne({ wardId: yenCuong._id, unitId: yenCuong._id, name: YEN_CUONG_MODEL.name }, { _id: 1 }).lean() : null;
  if (model) {
    const { created: schedules, byKind } = await ensureSchedules({ modelId: String(model._id) }, YEN_CUONG_SCHEDULES);
    created += schedules;
    if (!(await Meeting.exists({ modelId: model._id, heldOn: '2026-05-20', kind: 'REGULAR' }))) {
      await meetings.create(SEED, {
        modelId: String(model._id),
        kind: 'REGULAR',
        heldOn: '2026-05-20',
        place: 'Hội trường UBND xã Yên Cường',
        chair: 'Trần Văn Mong, Phó Chủ tịch UBND xã, Trưởng Ban Chỉ đạo mô hình',
        attendees: ['Hoàng Bá Hùng, Trưởng Công an xã', 'Phạm Thanh Hải, Tổ trưởng Tổ giúp việc', 'Đồng Văn Kiên', 'Nguyễn Hải Thanh', 'Trưởng các thôn, xóm'],
        minutes:
          'DỮ LIỆU MẪU: Kế hoạch 1111/KH-UBND chỉ quy định họp định kỳ vào ngày 20 hàng tháng; không có biên bản cuộc họp nào. Nội dung sau là giả định để minh hoạ: rà soát việc thành lập các nhóm Zalo ANTT theo từng thôn, xóm và phân công Cảnh sát khu vực quản trị từng nhóm.',
        decisions: [
          { text: 'Hoàn thành thành lập nhóm Zalo ANTT ở tất cả các thôn, xóm (dữ liệu mẫu)', owner: 'Công an xã', dueOn: '2026-06-20' },
          { text: 'Vận động hộ dân có điều kiện tham gia nhóm (dữ liệu mẫu)', owner: 'Trưởng thôn, xóm', dueOn: '2026-06-20' },
        ],
        scheduleId: byKind.get('REGULAR') ?? null,
        occurrenceOn: byKind.get('REGULAR') ? '2026-05-20' : null,
        isSample: true,
      });
      created++;
    }
  }
  if (buonMaThuot) created += (await ensureSchedules({ unitId: String(buonMaThuot._id) }, BUON_MA_THUOT_SCHEDULES)).created;
  return created;
}
