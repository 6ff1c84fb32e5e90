/**
 * An organisation rated as a subject (seed 003: "cơ quan, doanh nghiệp, cơ sở giáo dục"; seed 002:
 * "các cơ quan, đơn vị, trường học, doanh nghiệp" on a ward's territory). It hangs under a ward, or
 * under a province for a provincial body (wardId null), and stores its own id as `organisationId`,
 * as units do at their level: its representative's scope is that one indexed equality.
 */
import { Schema, model } from 'mongoose';
import type { ObjectId } from '../core/access';
import { registerScopedModel } from '../core/ancestry';
import type { BaseDoc } from '../core/repository';
import type { OrganisationKind } from '../../rules/contract';
import { valuesOf } from '../../rules/values';

export const ORGANISATION_KINDS = valuesOf<OrganisationKind>({ STATE_AGENCY: 1, ENTERPRISE: 1, SCHOOL: 1, OTHER: 1 });
export type { OrganisationKind };

export interface OrganisationDoc extends BaseDoc {
  name: string;
  kind: OrganisationKind;
  provinceId: ObjectId;
  /** Null for an organisation of the province itself. */
  wardId: ObjectId | null;
  /** Its own id (the representative's scope filter). */
  organisationId: ObjectId;
  address: string | null;
  headName: string | null;
  headTitle: string | null;
  contactName: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  note: string | null;
  isSample: boolean;
  search: string;
  nameSort: string;
}

const schema = new Schema<OrganisationDoc>(
  {
    name: { type: String, required: true },
    kind: { type: String, required: true, enum: ORGANISATION_KINDS },
    provinceId: { type: Schema.Types.ObjectId, required: true },
    wardId: { type: Schema.Types.ObjectId, default: null },
    organisationId: { type: Schema.Types.ObjectId, required: true },
    address: { type: String, default: null },
    headName: { type: String, default: null },
    headTitle: { type: String, default: null },
    contactName: { type: String, default: null },
    contactPhone: { type: String, default: null },
    contactEmail: { type: String, default: null },
    note: { type: String, default: null },
    isSample: { type: Boolean, required: true, default: false },
    search: { type: String, required: true },
    nameSort: { type: String, required: true },
    version: { type: Number, required: true, default: 1 },
  },
  { collection: 'organisations', timestamps: true, versionKey: false },
);
// Every filter and sort the API exposes: scope (province, ward, the organisation itself), kind, the sorts.
schema.index({ provinceId: 1, nameSort: 1, _id: 1 });
schema.index({ wardId: 1, nameSort: 1, _id: 1 });
schema.index({ organisationId: 1 });
schema.index({ kind: 1, nameSort: 1, _id: 1 });
schema.index({ nameSort: 1, _id: 1 });
schema.index({ createdAt: 1, _id: 1 });
schema.index({ updatedAt: 1, _id: 1 });

export const Organisation = model<OrganisationDoc>('Organisation', schema);
registerScopedModel(Organisation);
