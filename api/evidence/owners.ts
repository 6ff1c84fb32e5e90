/**
 * The kinds of record that own evidence files: assessments (evidence.service.ts), meetings
 * (api/meetings/meeting-files.ts) and, later, household commitments. Each owner says how its
 * record is read in the caller's scope and who may change its files; the upload, the limits,
 * the download route and the audit are the same for all (evidence.service.ts). An owner
 * registers itself from its own area, so this module imports none of them.
 */
import type { Types } from 'mongoose';
import type { Viewer } from '../core/access';

/** The owner types files can belong to; a new owner adds its name here and registers itself. */
export type EvidenceOwnerType = 'Assessment' | 'Meeting' | 'HouseholdCommitment';

/** What a file copies from its owner: where it hangs, for scope and the audit log. */
export interface OwnerScope {
  _id: Types.ObjectId;
  provinceId?: Types.ObjectId | null;
  wardId?: Types.ObjectId | null;
  neighbourhoodId?: Types.ObjectId | null;
  organisationId?: Types.ObjectId | null;
}

export interface EvidenceOwner<TDoc extends OwnerScope = OwnerScope> {
  type: EvidenceOwnerType;
  /** The multipart field of POST /files naming the owner (assessmentId, meetingId, …). */
  field: string;
  /** "give the id of …": what the owner is called in messages. */
  label: string;
  /** The owner if the caller may read it; NOT_FOUND otherwise. */
  get(viewer: Viewer, id: string): Promise<TDoc>;
  /** Throws FORBIDDEN (or CONFLICT) unless the caller may add and remove its files now. */
  requireEditable(viewer: Viewer, doc: TDoc): void;
}

const owners = new Map<EvidenceOwnerType, EvidenceOwner>();

export function registerEvidenceOwner<TDoc extends OwnerScope>(owner: EvidenceOwner<TDoc>): void {
  owners.set(owner.type, owner as unknown as EvidenceOwner);
}

export function evidenceOwner(type: EvidenceOwnerType): EvidenceOwner {
  const owner = owners.get(type);
  if (!owner) throw new Error(`No evidence owner registered for ${type}`);
  return owner;
}

/** Every registered owner, assessments first (the multipart fields POST /files accepts). */
export const evidenceOwners = (): EvidenceOwner[] => [...owners.values()];
