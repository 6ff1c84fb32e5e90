/** Organisations (seed 003's rated bodies) and their representatives. */
import type { GraphQLContext } from '../graphql/context';
import type { Area, ResolverMap } from '../graphql/area';
import type { AssessmentDoc } from '../assessments/assessment.model';
import { assessments } from '../assessments/assessment.service';
import { childKey } from '../core/repository';
import type { UserDoc } from '../users/user.model';
import type { OrganisationDoc } from './organisation.model';
import { organisations } from './organisation.service';

/** Newest first, as the contract says: the assessments of one organisation, batched across organisations. */
const NEWEST_FIRST = { orderBy: { field: 'year' as const, order: 'DESC' as const }, page: { limit: 200 } };

// The Organisation type has no codegen mapper yet (codegen.yml): its parents are typed here.
const resolvers: ResolverMap = {
  Organisation: {
    unitId: (o: OrganisationDoc) => String(o.wardId ?? o.provinceId),
    unitLevel: (o: OrganisationDoc) => (o.wardId ? 'WARD' : 'PROVINCE'),
    // Its ward or province: readable by everyone who reads the organisation (its representative reads its ancestors).
    unit: (o: OrganisationDoc, _args: unknown, ctx: GraphQLContext) =>
      o.wardId ? ctx.loaders().unit('WARD').load(String(o.wardId)) : ctx.loaders().unit('PROVINCE').load(String(o.provinceId)),
    provinceId: (o: OrganisationDoc) => String(o.provinceId),
    wardId: (o: OrganisationDoc) => (o.wardId ? String(o.wardId) : null),
    isSample: (o: OrganisationDoc) => o.isSample ?? false,
    assessments: async (o: OrganisationDoc, _args: unknown, ctx: GraphQLContext) =>
      (await ctx.loaders().childrenOf(assessments, 'organisationId').load(childKey(o._id, NEWEST_FIRST))).items,
  },
  Assessment: {
    organisationId: (a: AssessmentDoc) => (a.organisationId ? String(a.organisationId) : null),
    subjectOrganisation: (a: AssessmentDoc, _args: unknown, ctx: GraphQLContext) =>
      a.organisationId ? ctx.loaders().byId(organisations).load(String(a.organisationId)) : null,
  },
  User: {
    organisationId: (u: UserDoc) => (u.organisationId ? String(u.organisationId) : null),
    organisation: (u: UserDoc, _args: unknown, ctx: GraphQLContext) => (u.organisationId ? ctx.loaders().byId(organisations).load(String(u.organisationId)) : null),
  },
};

export const organisationsArea: Area = { name: 'organisations', resolvers: [resolvers], resources: { organisations } };
