/**
 * Evidence files (hồ sơ minh chứng) on an assessment, for one of its criteria or for the whole,
 * and files of the other owners registered in owners.ts (a meeting's minutes and photos), with
 * the same limits, route and audit; each owner decides access the way an assessment does here.
 *
 * Who may do what is the assessment's own rule, asked of its Repository: whoever may read the
 * assessment reads and downloads its files (outside that the file does not exist: NOT_FOUND);
 * whoever may change its results now (updateAssessment's rule: drafters in scope, DRAFT or
 * RETURNED) adds and removes them (FORBIDDEN, or CONFLICT LOCKED_BY_WORKFLOW once submitted).
 * The type is read from the content, never from the name. Every upload and removal is an audit
 * entry of entity type EvidenceFile, scoped like the assessment.
 */
import { Types } from 'mongoose';
import sift from 'sift';
import { fromBuffer } from 'file-type';
import type { Config } from '../config';
import { toObjectId, type Rule, type Viewer } from '../core/access';
import { recordAudit, registerAuditedType } from '../core/audit-log';
import { recordKey, withWriteLock } from '../core/write-lock';
import { badInput, conflict, forbidden, notFound } from '../errors';
import type { HttpErrorCode } from '../http/errors';
import { assessmentDeleting, assessments } from '../assessments/assessment.service';
import type { AssessmentDoc } from '../assessments/assessment.model';
import type { CriteriaSetDoc } from '../programmes/criteria-set.model';
import { ratedSet } from '../programmes/criteria-set-revisions';
import { Programme } from '../programmes/programme.model';
import { User } from '../users/user.model';
import { putBlob, removeBlob } from './blob-store';
import { EvidenceFile, type EvidenceFileDoc } from './evidence.model';
import { evidenceOwner, evidenceOwners, registerEvidenceOwner, type EvidenceOwner, type EvidenceOwnerType, type OwnerScope } from './owners';

export const ENTITY_TYPE = 'EvidenceFile';

/** What may be uploaded, by the type detected from the content (file-type). */
export const EVIDENCE_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'image/heif': 'heif',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

/** Why an upload is refused beyond the API's usual codes (carried as `extensions.reason`). */
export type EvidenceReason = 'EMPTY_FILE' | 'FILE_TOO_LARGE' | 'ASSESSMENT_QUOTA' | 'TOO_MANY_FILES' | 'UNSUPPORTED_TYPE' | 'NO_FILE';

/** A refusal of the file itself, answered by the route with its HTTP status. */
export class EvidenceRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: HttpErrorCode,
    readonly reason: EvidenceReason,
    message: string,
  ) {
    super(message);
  }
}

export interface EvidenceLimits {
  maxFileBytes: number;
  maxAssessmentBytes: number;
  maxFilesPerAssessment: number;
  contentTypes: string[];
}

export const evidenceLimits = (config: Config): EvidenceLimits => ({
  maxFileBytes: config.evidenceMaxFileBytes,
  maxAssessmentBytes: config.evidenceMaxAssessmentBytes,
  maxFilesPerAssessment: config.evidenceMaxFiles,
  contentTypes: Object.keys(EVIDENCE_TYPES),
});

const readRule = (viewer: Viewer): Rule => assessments.def.access.read(viewer);
// The audit log shows these entries to whoever may read the assessment (its scope is copied in).
registerAuditedType(ENTITY_TYPE, readRule);

const mib = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** The assessment, if the caller may change its results now; else FORBIDDEN or CONFLICT (as updateAssessment). */
function requireEditable(viewer: Viewer, assessment: AssessmentDoc): void {
  const rule = assessments.def.access.update(viewer);
  if (rule === false || !sift(rule)(assessment)) throw forbidden('You may not change the evidence of this assessment');
  const locked = assessments.def.access.stateRefusal?.(viewer, assessment, 'update');
  if (locked) throw conflict(`Evidence files are locked with the results: ${locked}`, 'LOCKED_BY_WORKFLOW');
}

/**
 * The edition of the criteria set the assessment was rated on (the set it stores, else its
 * programme's, at its `criteriaSetVersion`), through the same `ratedSet` the assessment service
 * scores with; null when the programme has no set.
 */
export async function criteriaSetOf(viewer: Viewer, assessment: AssessmentDoc): Promise<CriteriaSetDoc | null> {
  let setId = assessment.criteriaSetId ?? null;
  if (!setId) {
    const programme = await Programme.findById(assessment.programmeId, { criteriaSetId: 1 }).lean<{ criteriaSetId: Types.ObjectId | null }>();
    setId = programme?.criteriaSetId ?? null;
  }
  return setId ? (await ratedSet(viewer, String(setId), assessment.criteriaSetVersion ?? 1)).set : null;
}

registerEvidenceOwner<AssessmentDoc>({
  type: 'Assessment',
  field: 'assessmentId',
  label: 'the assessment',
  get: (viewer, id) => assessments.get(viewer, id),
  requireEditable,
});

/** A file's owner (files stored before owners existed are an assessment's). */
export function ownerOfFile(file: Pick<EvidenceFileDoc, 'ownerType' | 'ownerId' | 'assessmentId'>): { type: EvidenceOwnerType; id: Types.ObjectId } {
  const type = file.ownerType ?? 'Assessment';
  return { type, id: (file.ownerId ?? file.assessmentId) as Types.ObjectId };
}

/** The query for an owner's files (an assessment's by `assessmentId`, which every one of its files has). */
const filesOf = (type: EvidenceOwnerType, ids: Types.ObjectId | Types.ObjectId[]) => {
  const value = Array.isArray(ids) ? { $in: ids } : ids;
  return type === 'Assessment' ? { assessmentId: value } : { ownerType: type, ownerId: value };
};

/** The stored file the caller may read (through its owner), or NOT_FOUND. */
export async function readableFile(viewer: Viewer, id: string): Promise<{ file: EvidenceFileDoc; owner: OwnerScope; ownerType: EvidenceOwnerType }> {
  const _id = toObjectId(id);
  const file = _id ? await EvidenceFile.findById(_id).lean<EvidenceFileDoc>() : null;
  if (!file) throw notFound(ENTITY_TYPE, id);
  const { type, id: ownerId } = ownerOfFile(file);
  try {
    return { file, owner: await evidenceOwner(type).get(viewer, String(ownerId)), ownerType: type };
  } catch {
    throw notFound(ENTITY_TYPE, id);
  }
}

/** The stored file the caller may read, with its assessment (NOT_FOUND unless it is an assessment's). */
export async function readableEvidence(viewer: Viewer, id: string): Promise<{ file: EvidenceFileDoc; assessment: AssessmentDoc }> {
  const { file, owner, ownerType } = await readableFile(viewer, id);
  if (ownerType !== 'Assessment') throw notFound(ENTITY_TYPE, id);
  return { file, assessment: owner as AssessmentDoc };
}

/** Files of these owners (already read within the caller's scope), oldest first, in one query. */
export async function filesOfOwners(type: EvidenceOwnerType, ids: readonly string[]): Promise<EvidenceFileDoc[][]> {
  const objectIds = ids.map(toObjectId).filter((x): x is Types.ObjectId => x !== null);
  const files = objectIds.length ? await EvidenceFile.find(filesOf(type, objectIds)).lean<EvidenceFileDoc[]>() : [];
  const byOwner = new Map<string, EvidenceFileDoc[]>();
  for (const f of files.sort((a, b) => a.addedAt.getTime() - b.addedAt.getTime() || String(a._id).localeCompare(String(b._id)))) {
    const key = String(ownerOfFile(f).id);
    byOwner.set(key, [...(byOwner.get(key) ?? []), f]);
  }
  return ids.map((id) => byOwner.get(id) ?? []);
}

/** Files of these assessments (already read within the caller's scope), oldest first, in one query. */
export const evidenceOfAssessments = (ids: readonly string[]): Promise<EvidenceFileDoc[][]> => filesOfOwners('Assessment', ids);

const snapshot = (file: EvidenceFileDoc): Record<string, unknown> => ({ ...file });

export interface UploadInput {
  assessmentId?: unknown;
  criterionId?: unknown;
  /** Any other owner's field (meetingId, …), as posted. */
  fields?: Record<string, unknown>;
  name: string;
  data: Buffer;
}

/** The owner an upload names: the one field of a registered owner that is given (an assessment when none is). */
function ownerOfUpload(input: UploadInput): { owner: EvidenceOwner; id: string } {
  const given: Record<string, unknown> = { ...input.fields, ...(input.assessmentId !== undefined ? { assessmentId: input.assessmentId } : {}) };
  const named = evidenceOwners().filter((o) => typeof given[o.field] === 'string' && (given[o.field] as string).trim());
  if (named.length > 1) throw badInput(named.map((o) => ({ path: o.field, message: `give only one of ${named.map((n) => n.field).join(', ')}` })));
  const owner = named[0] ?? evidenceOwner('Assessment');
  const id = typeof given[owner.field] === 'string' ? (given[owner.field] as string).trim() : '';
  if (!toObjectId(id)) throw badInput([{ path: owner.field, message: `give the id of ${owner.label}` }]);
  return { owner, id };
}

/** Stores one evidence file on an assessment whose results the caller may change now (or on another owner the caller may change). */
export async function uploadEvidence(viewer: Viewer, config: Config, input: UploadInput): Promise<EvidenceFileDoc> {
  const { owner, id: ownerId } = ownerOfUpload(input);
  const criterionRaw = typeof input.criterionId === 'string' ? input.criterionId.trim() : '';
  if (criterionRaw && owner.type !== 'Assessment') throw badInput([{ path: 'criterionId', message: `only an assessment's files are for a criterion` }]);
  if (criterionRaw && !toObjectId(criterionRaw)) throw badInput([{ path: 'criterionId', message: 'is not an id' }]);
  const { data } = input;
  if (data.length === 0) throw new EvidenceRefusal(400, 'BAD_USER_INPUT', 'EMPTY_FILE', 'The file is empty (0 bytes)');
  if (data.length > config.evidenceMaxFileBytes) {
    throw new EvidenceRefusal(413, 'PAYLOAD_TOO_LARGE', 'FILE_TOO_LARGE', `The file is larger than the limit of ${mib(config.evidenceMaxFileBytes)}`);
  }

  return withWriteLock(recordKey(owner.type, ownerId), async () => {
    const ownerDoc = await owner.get(viewer, ownerId);
    owner.requireEditable(viewer, ownerDoc);
    let criterionId: Types.ObjectId | null = null;
    if (criterionRaw) {
      const set = await criteriaSetOf(viewer, ownerDoc as AssessmentDoc);
      const criterion = set?.criteria.find((c) => String(c._id) === criterionRaw);
      if (!criterion) throw badInput([{ path: 'criterionId', message: 'is not a criterion of this assessment’s criteria set' }]);
      criterionId = criterion._id;
    }
    const type = await fromBuffer(data);
    const extension = type ? EVIDENCE_TYPES[type.mime] : undefined;
    if (!type || !extension) {
      throw new EvidenceRefusal(
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        'UNSUPPORTED_TYPE',
        `Only PDF, JPEG, PNG, WebP, HEIC, DOCX and XLSX files are accepted (the content of this one is ${type ? type.mime : 'not a recognised type'}, whatever its name)`,
      );
    }
    const others = await EvidenceFile.find(filesOf(owner.type, ownerDoc._id), { size: 1 }).lean<Array<{ size: number }>>();
    const what = owner.type === 'Assessment' ? 'assessment' : owner.label.replace(/^the /, '');
    if (others.length >= config.evidenceMaxFiles) {
      const holder = what === 'assessment' ? 'An assessment' : `A ${what}`;
      throw new EvidenceRefusal(409, 'CONFLICT', 'TOO_MANY_FILES', `${holder} holds at most ${config.evidenceMaxFiles} evidence files`);
    }
    const used = others.reduce((sum, f) => sum + f.size, 0);
    if (used + data.length > config.evidenceMaxAssessmentBytes) {
      // The same quota (and reason) for every owner.
      throw new EvidenceRefusal(
        413,
        'PAYLOAD_TOO_LARGE',
        'ASSESSMENT_QUOTA',
        `The evidence of one ${what} is limited to ${mib(config.evidenceMaxAssessmentBytes)} in all; ${mib(used)} are used`,
      );
    }
    const user = await User.findById(viewer.userId, { displayName: 1 }).lean<{ displayName?: string }>();
    const _id = new Types.ObjectId();
    const stored = await putBlob(_id, data);
    const file: EvidenceFileDoc = {
      _id,
      ownerType: owner.type,
      ownerId: ownerDoc._id,
      assessmentId: owner.type === 'Assessment' ? ownerDoc._id : null,
      criterionId,
      name: cleanName(input.name, extension),
      contentType: type.mime,
      extension,
      size: data.length,
      sha256: stored.sha256,
      storage: stored.storage,
      chunkCount: stored.chunkCount,
      addedBy: { id: viewer.userId, username: viewer.username, displayName: user?.displayName ?? null },
      addedAt: new Date(),
      provinceId: ownerDoc.provinceId ?? null,
      wardId: ownerDoc.wardId ?? null,
      neighbourhoodId: ownerDoc.neighbourhoodId ?? null,
      organisationId: ownerDoc.organisationId ?? null,
    };
    try {
      await EvidenceFile.collection.insertOne(file);
    } catch (error) {
      await removeBlob(_id, stored).catch(() => undefined);
      throw error;
    }
    await recordAudit(viewer, { action: 'CREATE', entityType: ENTITY_TYPE, entityId: _id, before: null, after: snapshot(file) });
    return file;
  });
}

/** Removes an evidence file while its assessment's results can still change (or while its owner is the caller's to change). */
export async function deleteEvidence(viewer: Viewer, id: string): Promise<string> {
  const { file, ownerType } = await readableFile(viewer, id);
  return withWriteLock(recordKey(ownerType, String(ownerOfFile(file).id)), async () => {
    const { file: current, owner } = await readableFile(viewer, id);
    evidenceOwner(ownerType).requireEditable(viewer, owner);
    const { deletedCount } = await EvidenceFile.deleteOne({ _id: current._id });
    if (deletedCount !== 1) throw notFound(ENTITY_TYPE, id);
    await removeBlob(current._id, current);
    await recordAudit(viewer, { action: 'DELETE', entityType: ENTITY_TYPE, entityId: current._id, before: snapshot(current), after: null });
    return String(current._id);
  });
}

/**
 * Removes every evidence file of an assessment that is being deleted (each with its audit entry),
 * for the assessments Repository's `beforeDelete`: no file outlives its assessment.
 */
export async function removeEvidenceOf(viewer: Viewer, assessmentId: Types.ObjectId, ownerType: EvidenceOwnerType = 'Assessment'): Promise<number> {
  const files = await EvidenceFile.find(filesOf(ownerType, assessmentId)).lean<EvidenceFileDoc[]>();
  for (const file of files) {
    await EvidenceFile.deleteOne({ _id: file._id });
    await removeBlob(file._id, file);
    await recordAudit(viewer, { action: 'DELETE', entityType: ENTITY_TYPE, entityId: file._id, before: snapshot(file), after: null });
  }
  return files.length;
}
assessmentDeleting.on(async (viewer, doc) => {
  await removeEvidenceOf(viewer, doc._id);
});

/**
 * The name as given, for display: no path, no control characters, at most 200 characters; an
 * empty one becomes "minh-chung.<ext>". (The download header is made safe by attachmentHeader.)
 */
export function cleanName(raw: string, extension: string): string {
  const base = (raw.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]+/gu, '')
    .trim();
  const name = base.length > 200 ? base.slice(base.length - 200) : base;
  return name && name !== '.' && name !== '..' ? name : `minh-chung.${extension}`;
}

/** Extensions that name each detected type (a name ending otherwise gets the detected one added). */
const NAMES_OF: Readonly<Record<string, readonly string[]>> = { jpg: ['jpg', 'jpeg', 'jfif'], heic: ['heic', 'heif'], heif: ['heif', 'heic'] };

/** The name a download is saved under: the given one, ending in the extension of its real type ("x.exe" holding a PDF is saved as "x.exe.pdf"). */
export function downloadName(file: Pick<EvidenceFileDoc, 'name' | 'extension'>): string {
  const given = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return (NAMES_OF[file.extension] ?? [file.extension]).includes(given) ? file.name : `${file.name}.${file.extension}`;
}
