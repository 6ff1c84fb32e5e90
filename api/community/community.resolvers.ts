/** Community groups (nhóm Zalo ANTT…) of models, under neighbourhoods, wards and organisations. */
import { childKey } from '../core/repository';
import type { Area, ResolverMap } from '../graphql/area';
import { viewerOf, type GraphQLContext } from '../graphql/context';
import type { NeighbourhoodDoc } from '../hierarchy/neighbourhood.model';
import type { ModelDoc } from '../models/model.model';
import { models } from '../models/model.service';
import { organisations } from '../organisations/organisation.service';
import { users } from '../users/user.service';
import type { CommunityGroupDoc } from './community-group.model';
import { communityGroups, proposedGroupName } from './community-group.service';

type PageArgs = Parameters<typeof childKey>[1];
const id = (value: unknown) => (value ? String(value) : null);

// CommunityGroup has no codegen mapper (codegen.yml is the lead's): its parents are typed here.
const resolvers: ResolverMap = {
  CommunityGroup: {
    modelId: (g: CommunityGroupDoc) => String(g.modelId),
    model: (g: CommunityGroupDoc, _args: unknown, ctx: GraphQLContext) => ctx.loaders().byId(models).load(String(g.modelId)),
    unitId: (g: CommunityGroupDoc) => String(g.unitId),
    unit: (g: CommunityGroupDoc, _args: unknown, ctx: GraphQLContext) => (g.unitLevel === 'ORGANISATION' ? null : ctx.loaders().unit(g.unitLevel).load(String(g.unitId))),
    organisation: (g: CommunityGroupDoc, _args: unknown, ctx: GraphQLContext) => (g.organisationId ? ctx.loaders().byId(organisations).load(String(g.organisationId)) : null),
    provinceId: (g: CommunityGroupDoc) => String(g.provinceId),
    wardId: (g: CommunityGroupDoc) => id(g.wardId),
    neighbourhoodId: (g: CommunityGroupDoc) => id(g.neighbourhoodId),
    organisationId: (g: CommunityGroupDoc) => id(g.organisationId),
    administratorUserId: (g: CommunityGroupDoc) => id(g.administratorUserId),
    // Null where the caller may not read the account (a head reads the group, not the officer's account).
    administrator: (g: CommunityGroupDoc, _args: unknown, ctx: GraphQLContext) => (g.administratorUserId ? ctx.loaders().byId(users).load(String(g.administratorUserId)) : null),
    memberCounts: (g: CommunityGroupDoc) => g.memberCounts ?? [],
    isSample: (g: CommunityGroupDoc) => g.isSample ?? false,
  },
  Model: {
    communityGroups: (m: ModelDoc, args: PageArgs, ctx: GraphQLContext) => ctx.loaders().childrenOf(communityGroups, 'modelId').load(childKey(m._id, args)),
  },
  Neighbourhood: {
    communityGroups: (n: NeighbourhoodDoc, args: PageArgs, ctx: GraphQLContext) => ctx.loaders().childrenOf(communityGroups, 'neighbourhoodId').load(childKey(n._id, args)),
  },
  Query: {
    proposedGroupName: (_: unknown, args: { modelId: string; unitId: string }, ctx: GraphQLContext) => proposedGroupName(viewerOf(ctx), args.modelId, args.unitId),
  },
};

export const communityArea: Area = { name: 'community', resolvers: [resolvers], resources: { communityGroups } };
