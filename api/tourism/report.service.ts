/**
 * Reports (phản ánh) from residents and tourists (seed 000): anyone may submit one for a unit,
 * in Vietnamese or English, and follow it by its tracking code; officers in scope triage it
 * RECEIVED → VERIFYING → RESOLVED | REJECTED with notes and an assignee, against a response
 * deadline. Contact details are shown only to officers in scope.
 */
import { randomInt } from 'node:crypto';
import { z } from 'zod';
import { isAdmin, isOfficer, officersInScope, scopeFilter, type Viewer } from '../core/access';
import { Repository } from '../core/repository';
import { take, type ThrottleRule } from '../core/throttle';
import { searchField } from '../core/text';
import { commonFilterQuery, idsFilter, objectId, oid, optionalText, searchText, text } from '../core/validation';
import { badInput, conflict, forbidden, fromZodError, isDuplicateKey } from '../errors';
import { currentConfig } from '../runtime';
import { users } from '../users/user.service';
import { Establishment } from './establishment.model';
import { REPORT_CATEGORIES, REPORT_LANGS, REPORT_NEXT_STATUSES, REPORT_STATUSES, canReportBecome } from '../../rules/workflow';
import { Report, type ReportDoc, type ReportStatus } from './report.model';
import { establishments } from './establishment.service';
import { publicUnitById } from './public-units';
import type { ReportSortField } from '../generated/graphql';

// ---------------------------------------------------------------- public intake

type Lang = (typeof REPORT_LANGS)[number];
/** Messages of the public form, in the reporter's language. */
const MESSAGES: Record<Lang, Record<string, string>> = {
  vi: {
    unit: 'Hãy chọn nơi xảy ra sự việc',
    description: 'Hãy mô tả sự việc (từ 10 đến 2000 ký tự)',
    category: 'Hãy chọn loại phản ánh',
    phone: 'Số điện thoại không hợp lệ',
    email: 'Địa chỉ email không hợp lệ',
    establishment: 'Cơ sở kinh doanh không thuộc địa bàn đã chọn',
    field: 'Giá trị không hợp lệ',
    point: 'Cần cả vĩ độ và kinh độ',
    throttled: 'Bạn đã gửi quá nhiều phản ánh. Vui lòng thử lại sau %{minutes} phút; việc khẩn cấp hãy gọi 113.',
  },
  en: {
    unit: 'Choose where it happened',
    description: 'Describe what happened (10 to 2000 characters)',
    category: 'Choose a category',
    phone: 'This phone number is not valid',
    email: 'This e-mail address is not valid',
    establishment: 'This business is not in the chosen place',
    field: 'This value is not valid',
    point: 'Give both latitude and longitude',
    throttled: 'You have sent too many reports. Please try again in %{minutes} minute(s); in an emergency call 113.',
  },
};

const langOf = (raw: unknown): Lang => ((raw as { lang?: unknown } | null)?.lang === 'en' ? 'en' : 'vi');

function publicInput(lang: Lang) {
  const m = MESSAGES[lang];
  return z.object({
    unitId: z.string({ error: m.unit }).regex(/^[0-9a-fA-F]{24}$/, m.unit),
    establishmentId: z.string().regex(/^[0-9a-fA-F]{24}$/, m.establishment).nullish(),
    category: z.enum(REPORT_CATEGORIES, { error: m.category }),
    description: z.string({ error: m.description }).trim().min(10, m.description).max(2000, m.description),
    lang: z.enum(REPORT_LANGS),
    contactName: z.string().trim().max(200, m.field).nullish(),
    contactPhone: z.string().trim().regex(/^\+?[0-9 .()-]{3,20}$/, m.phone).nullish().or(z.literal('')),
    contactEmail: z.email(m.email).max(200, m.email).nullish().or(z.literal('')),
    locationText: z.string().trim().max(300, m.field).nullish(),
    lat: z.number().min(-90, m.field).max(90, m.field).nullish(),
    lng: z.number().min(-180, m.field).max(180, m.field).nullish(),
  })
    // A point is both coordinates or none (the hot-spot map places a report by both).
    .refine((i) => (i.lat == null) === (i.lng == null), { path: ['lng'], message: m.point ?? '' });
}
type PublicInput = z.infer<ReturnType<typeof publicInput>>;

/** Unambiguous letters and digits (no 0/O, 1/I/L) for a code read out over the phone. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const newCode = () => `PA-${Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('')}`;

/** Submissions per client address per window (REPORT_LIMIT, REPORT_WINDOW_MINUTES), valid or not. */
function submissionThrottle(lang: Lang): ThrottleRule {
  const { reportLimit, reportWindowMinutes } = currentConfig();
  return { name: 'report-submission', limit: reportLimit, windowMs: reportWindowMinutes * 60_000, message: (seconds) => (MESSAGES[lang].throttled ?? '').replace('%{minutes}', String(Math.ceil(seconds / 60))) };
}

/** Where a report belongs: the unit (any level) and, if given, a business inside it. */
async function placeOf(unitId: string, establishmentId: string | null | undefined, lang: Lang) {
  const m = MESSAGES[lang];
  // Anyone may report about any unit: the picker shows every unit's name.
  const unit = await publicUnitById(unitId);
  if (!unit) throw badInput([{ path: 'input.unitId', message: m.unit ?? '' }]);
  if (!establishmentId) return { unitId: unit.id, unitLevel: unit.level, ...unit.ancestors, establishmentId: null };
  const e = await Establishment.findById(oid(establishmentId)).lean();
  const inside = e && (unit.level === 'PROVINCE' ? e.provinceId.equals(unit.id) : unit.level === 'WARD' ? e.wardId.equals(unit.id) : e.neighbourhoodId.equals(unit.id));
  if (!e || !inside) throw badInput([{ path: 'input.establishmentId', message: m.establishment ?? '' }]);
  return { unitId: unit.id, unitLevel: unit.level, provinceId: e.provinceId, wardId: e.wardId, neighbourhoodId: e.neighbourhoodId, establishmentId: e._id };
}

function newReport(input: PublicInput, place: Awaited<ReturnType<typeof placeOf>>, source: ReportDoc['source']) {
  const now = new Date();
  const contact = input.contactName || input.contactPhone || input.contactEmail ? { name: input.contactName || null, phone: input.contactPhone || null, email: input.contactEmail || null } : null;
  const location = input.locationText || input.lat != null ? { text: input.locationText || null, lat: input.lat ?? null, lng: input.lng ?? null } : null;
  return {
    code: newCode(),
    ...place,
    category: input.category,
    description: input.description,
    lang: input.lang,
    contact,
    location,
    status: 'RECEIVED' as const,
    assigneeId: null,
    steps: [],
    respondedAt: null,
    dueAt: new Date(now.getTime() + currentConfig().reportResponseHours * 3_600_000),
    closedAt: null,
    substantiated: null,
    source,
    search: searchField(input.description, input.locationText ?? ''),
  };
}

/**
 * Public, without an account: throttled per client address *before* validation (a flood of bad
 * input is still a flood), validated in the reporter's language, filed and audited.
 */
export async function submitReport(clientAddress: string, raw: unknown): Promise<{ code: string; status: ReportStatus }> {
  const lang = langOf(raw);
  await take(submissionThrottle(lang), clientAddress);
  const input = parsePublic(raw, lang);
  const created = await receiveReport(input, 'PUBLIC');
  return { code: created.code, status: created.status };
}

function parsePublic(raw: unknown, lang: Lang): PublicInput {
  const parsed = publicInput(lang).safeParse(raw);
  if (!parsed.success) {
    throw fromZodError(parsed.error, 'input', lang === 'en' ? 'Please check the form' : 'Vui lòng kiểm tra lại biểu mẫu');
  }
  return parsed.data;
}

/** Files a validated report under its unit with a fresh tracking code (the seed files its samples here). */
export async function receiveReport(input: PublicInput, source: ReportDoc['source']): Promise<ReportDoc> {
  const place = await placeOf(input.unitId, input.establishmentId, input.lang);
  for (let attempt = 0; ; attempt++) {
    try {
      const report = (await Report.create(newReport(input, place, source))).toObject() as ReportDoc;
      // Every write is audited, as the repository audits its own creates; a public submission has no account behind it.
      await reports.auditCreated(null, report);
      return report;
    } catch (e) {
      // A tracking code drawn twice (1 in 887 million): draw again.
      if (attempt < 3 && isDuplicateKey(e)) continue;
      throw e;
    }
  }
}

/** The public form's input, validated in its language (for callers other than the API: the seed). */
export const validReport = (raw: unknown): PublicInput => parsePublic(raw, langOf(raw));

/** What the public may know of a report: its status, nothing else. */
export async function reportStatus(code: string): Promise<{ code: string; status: ReportStatus; updatedAt: Date } | null> {
  // As read out or typed on a phone: any case, with or without the dash and spaces.
  const letters = code.toUpperCase().replace(/[^0-9A-Z]/g, '').replace(/^PA/, '');
  const clean = `PA-${letters}`;
  if (!/^PA-[0-9A-Z]{6}$/.test(clean)) return null;
  const r = await Report.findOne({ code: clean }, { code: 1, status: 1, updatedAt: 1 }).lean();
  return r ? { code: r.code, status: r.status, updatedAt: r.updatedAt } : null;
}

// ---------------------------------------------------------------- the scoped resource


/** Officers (and ADMIN) in scope see contact details; heads and viewers see the report without them. */
export const seesContact = (viewer: Viewer, report: ReportDoc): boolean => isAdmin(viewer) || (isOfficer(viewer) && reports.permissions(viewer, report).update);

const UpdateInput = z.object({
  category: z.enum(REPORT_CATEGORIES).nullish(),
  description: text(2000).nullish(),
  establishmentId: objectId.nullish(),
});

export const reports = new Repository<ReportDoc, PublicInput, z.infer<typeof UpdateInput>>({
  entityType: 'Report',
  model: Report,
  access: { read: scopeFilter, create: officersInScope, update: officersInScope, delete: (viewer) => (isAdmin(viewer) ? {} : false) },
  // An officer recording a phoned-in report uses the public form's fields, in Vietnamese.
  createInput: publicInput('vi') as unknown as z.ZodType<PublicInput>,
  updateInput: UpdateInput,
  filterInput: z
    .object({
      ids: idsFilter,
      provinceId: objectId.nullish(),
      wardId: objectId.nullish(),
      neighbourhoodId: objectId.nullish(),
      establishmentId: objectId.nullish(),
      status: z.enum(REPORT_STATUSES).nullish(),
      category: z.enum(REPORT_CATEGORIES).nullish(),
      overdue: z.boolean().nullish(),
      // DateTime arguments arrive as Date objects (the scalar parses them); strings are accepted too.
      from: z.coerce.date().nullish(),
      to: z.coerce.date().nullish(),
      q: searchText,
    })
    .transform((f) => ({
      ...commonFilterQuery(f),
      ...(f.establishmentId ? { establishmentId: oid(f.establishmentId) } : {}),
      ...(f.category ? { category: f.category } : {}),
      // Overdue: still waiting for its first response past the deadline.
      ...(f.overdue === true ? { status: 'RECEIVED', dueAt: { $lt: new Date() } } : f.status ? { status: f.status } : {}),
      ...(f.from || f.to ? { createdAt: { ...(f.from ? { $gte: f.from } : {}), ...(f.to ? { $lt: f.to } : {}) } } : {}),
    })),
  sortFields: { createdAt: 'createdAt', updatedAt: 'updatedAt', dueAt: 'dueAt', status: 'status' } satisfies Record<ReportSortField, string>,
  defaultSort: { field: 'createdAt', order: 'DESC' },
  auditOmit: ['search'],
  // The audit log shows no more than the record: contact details only to those who see them here.
  auditHidden: (viewer, report) => (seesContact(viewer, report) ? [] : ['contact']),
  async toDocument(viewer, input) {
    const place = await placeOf(input.unitId, input.establishmentId, 'vi');
    const doc = newReport(input, place, 'OFFICER');
    // The record must be inside the officer's scope (checked by the repository with the create rule).
    return doc;
  },
  async toUpdate(viewer, current, input) {
    const changes: Partial<ReportDoc> = {};
    if (input.category) changes.category = input.category;
    if (input.description) {
      changes.description = input.description;
      changes.search = searchField(input.description, current.location?.text ?? '');
    }
    if (input.establishmentId !== undefined) {
      if (input.establishmentId === null) changes.establishmentId = null;
      else {
        const e = await establishments.get(viewer, input.establishmentId);
        if (current.wardId && !e.wardId.equals(current.wardId)) throw badInput([{ path: 'input.establishmentId', message: 'is not in the report’s ward' }]);
        Object.assign(changes, { establishmentId: e._id, neighbourhoodId: e.neighbourhoodId, wardId: e.wardId });
      }
    }
    return changes;
  },
});

// ---------------------------------------------------------------- triage

const TriageInput = z.object({
  status: z.enum(REPORT_STATUSES).nullish(),
  note: optionalText(2000),
  assigneeId: objectId.nullish(),
  substantiated: z.boolean().nullish(),
});

/** A triage step: a status change (with a note when closing), an assignee, or a note alone. */
export function triageReport(viewer: Viewer, id: string, raw: unknown, expectedVersion?: number | null): Promise<ReportDoc> {
  const parsed = TriageInput.safeParse(raw);
  if (!parsed.success) throw fromZodError(parsed.error);
  const input = parsed.data;
  return reports.apply(
    viewer,
    id,
    'UPDATE',
    async (current) => {
      if (!reports.permissions(viewer, current).update) throw forbidden('Only officers in scope triage reports');
      const changes: Partial<ReportDoc> = {};
      const status = input.status && input.status !== current.status ? input.status : null;
      if (status) {
        if (!canReportBecome(current.status, status)) throw conflict(`A ${current.status} report cannot become ${status} (next: ${REPORT_NEXT_STATUSES[current.status].join(', ') || 'none'})`, 'WRONG_STATE');
        if ((status === 'RESOLVED' || status === 'REJECTED') && !input.note) throw badInput([{ path: 'input.note', message: 'say how it was resolved or why it is rejected' }]);
        if (status === 'RESOLVED' && input.substantiated == null) throw badInput([{ path: 'input.substantiated', message: 'say whether the report proved true' }]);
        changes.status = status;
        if (!current.respondedAt) changes.respondedAt = new Date();
        if (status === 'RESOLVED' || status === 'REJECTED') changes.closedAt = new Date();
        changes.substantiated = status === 'RESOLVED' ? (input.substantiated ?? null) : status === 'REJECTED' ? false : current.substantiated;
      }
      if (input.assigneeId !== undefined) {
        changes.assigneeId = input.assigneeId ? (await users.get(viewer, input.assigneeId))._id : null;
      }
      if (!status && input.assigneeId === undefined && !input.note) throw badInput([{ path: 'input', message: 'give a status, an assignee or a note' }]);
      changes.steps = [...current.steps, { status: status ?? current.status, by: viewer.userId as ReportDoc['steps'][number]['by'], byName: viewer.username, at: new Date(), note: input.note ?? null }];
      return changes;
    },
    expectedVersion,
  );
}
