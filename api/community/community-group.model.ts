import { Schema, model } from 'mongoose';
import type { ObjectId } from '../core/access';
import { registerScopedModel } from '../core/ancestry';
import type { BaseDoc } from '../core/repository';
import type { CommunityGroupUnitLevel, CommunityMemberRole, CommunityPlatform } from '../../rules/contract';
import { valuesOf } from '../../rules/values';

export const COMMUNITY_PLATFORMS = valuesOf<CommunityPlatform>({ ZALO: 1, FACEBOOK: 1, TELEGRAM: 1, VIBER: 1, OTHER: 1 });
export const COMMUNITY_MEMBER_ROLES = valuesOf<CommunityMemberRole>({ ADMIN: 1, VILLAGE_HEAD: 1, SECURITY_TEAM_LEADER: 1, FRONT: 1, MASS_ORGANISATION: 1, RESIDENT: 1 });
export const COMMUNITY_UNIT_LEVELS = valuesOf<CommunityGroupUnitLevel>({ WARD: 1, NEIGHBOURHOOD: 1, ORGANISATION: 1 });

export interface MemberCount {
  role: CommunityMemberRole;
  count: number;
}

/**
 * A community group (nhóm Zalo ANTT…) of a model, under a neighbourhood, a ward or an organisation,
 * with the unit's ancestors copied so that scope is one indexed equality. The naming verdict is
 * stored (followsNamingRule) so lists filter on it with an index; it is recomputed when the group,
 * its neighbourhood's name or (through refreshGroupNaming) its model's or programme's rule changes.
 */
export interface CommunityGroupDoc extends BaseDoc {
  modelId: ObjectId;
  unitId: ObjectId;
  unitLevel: CommunityGroupUnitLevel;
  unitName: string;
  provinceId: ObjectId;
  wardId: ObjectId | null;
  neighbourhoodId: ObjectId | null;
  organisationId: ObjectId | null;
  platform: CommunityPlatform;
  name: string;
  link: string | null;
  qrCode: string | null;
  administratorUserId: ObjectId | null;
  administratorName: string | null;
  memberCounts: MemberCount[];
  members: number;
  householdsCovered: number | null;
  createdOn: string | null;
  namingRule: string | null;
  expectedName: string | null;
  followsNamingRule: boolean | null;
  note: string | null;
  isSample: boolean;
  search: string;
  nameSort: string;
}

const optional = { type: String, default: null };

const schema = new Schema<CommunityGroupDoc>(
  {
    modelId: { type: Schema.Types.ObjectId, required: true },
    unitId: { type: Schema.Types.ObjectId, required: true },
    unitLevel: { type: String, required: true, enum: COMMUNITY_UNIT_LEVELS },
    unitName: { type: String, required: true },
    provinceId: { type: Schema.Types.ObjectId, required: true },
    wardId: { type: Schema.Types.ObjectId, default: null },
    neighbourhoodId: { type: Schema.Types.ObjectId, default: null },
    organisationId: { type: Schema.Types.ObjectId, default: null },
    platform: { type: String, required: true, enum: COMMUNITY_PLATFORMS },
    name: { type: String, required: true },
    link: optional,
    qrCode: optional,
    administratorUserId: { type: Schema.Types.ObjectId, default: null },
    administratorName: optional,
    memberCounts: {
      type: [new Schema({ role: { type: String, required: true, enum: COMMUNITY_MEMBER_ROLES }, count: { type: Number, required: true } }, { _id: false })],
      default: [],
    },
    members: { type: Number, required: true, default: 0 },
    householdsCovered: { type: Number, default: null },
    createdOn: optional,
    namingRule: optional,
    expectedName: optional,
    followsNamingRule: { type: Boolean, default: null },
    note: optional,
    isSample: { type: Boolean, required: true, default: false },
    search: { type: String, required: true },
    nameSort: { type: String, required: true },
    version: { type: Number, required: true, default: 1 },
  },
  { collection: 'communityGroups', timestamps: true, versionKey: false, minimize: false },
);
// Every list filter (scope, model, unit, platform, the naming verdict) with the default order, and every sort.
schema.index({ provinceId: 1, nameSort: 1, _id: 1 });
schema.index({ wardId: 1, nameSort: 1, _id: 1 });
schema.index({ neighbourhoodId: 1, nameSort: 1, _id: 1 });
schema.index({ organisationId: 1, nameSort: 1, _id: 1 });
schema.index({ modelId: 1, nameSort: 1, _id: 1 });
schema.index({ unitId: 1, nameSort: 1 });
schema.index({ platform: 1, nameSort: 1 });
schema.index({ followsNamingRule: 1, nameSort: 1 });
schema.index({ administratorUserId: 1 });
schema.index({ nameSort: 1, _id: 1 });
schema.index({ members: 1, _id: 1 });
schema.index({ householdsCovered: 1, _id: 1 });
schema.index({ createdOn: 1, _id: 1 });
schema.index({ createdAt: 1, _id: 1 });
schema.index({ updatedAt: 1, _id: 1 });

export const CommunityGroup = model<CommunityGroupDoc>('CommunityGroup', schema);
// A unit that moves takes its groups along (core/ancestry).
registerScopedModel(CommunityGroup);
