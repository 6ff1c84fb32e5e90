import type { Resolvers } from '../generated/graphql';
import type { GraphQLContext } from '../graphql/context';
import { viewerOf } from '../graphql/context';
import { childKey } from '../core/repository';
import type { Area } from '../graphql/area';
import type { CriteriaSetDoc, CriteriaSetRevisionDoc } from '../programmes/criteria-set.model';
import { ALL_EDITIONS, criteriaSetRevisions, editionAmong, editionView, revisionOf } from '../programmes/criteria-set-editions';
import type { AssessmentDoc, CriterionResultDoc } from './assessment.model';
import { allowedActions, assessments, transition, unmetRequired } from './assessment.service';
import { users } from '../users/user.service';
import { criteriaSets } from '../programmes/criteria-set.service';
import { programmes } from '../programmes/programme.service';
import { models } from '../models/model.service';
import { establishments } from '../tourism/establishment.service';

/**
 * The edition of the criteria set an assessment was rated on: the set it stores (else its
 * programme's) at its `criteriaSetVersion`: the current set, or the frozen edition shaped as the
 * set. All batched: the set by id, a set's frozen editions in one load per request.
 */
async function editionOf(a: AssessmentDoc, ctx: GraphQLContext): Promise<{ set: CriteriaSetDoc; frozen: CriteriaSetRevisionDoc | null } | null> {
  const loaders = ctx.loaders();
  const setId = a.criteriaSetId ?? (await loaders.byId(programmes).load(String(a.programmeId)))?.criteriaSetId;
  const set = setId ? await loaders.byId(criteriaSets).load(String(setId)) : null;
  if (!set) return null;
  const wanted = a.criteriaSetVersion ?? 1;
  if (wanted >= revisionOf(set)) return { set, frozen: null };
  const { items } = await loaders.childrenOf(criteriaSetRevisions, 'setId').load(childKey(set._id, ALL_EDITIONS));
  const frozen = items.find((r) => r.revision === wanted) ?? null;
  return { set: editionAmong(set, items, wanted).set, frozen };
}

/** The criteria set an assessment is scored and shown by: the edition it was rated on. */
const criteriaSetOf = async (a: AssessmentDoc, ctx: GraphQLContext): Promise<CriteriaSetDoc | null> => (await editionOf(a, ctx))?.set ?? null;

export type CriterionResultView = CriterionResultDoc & { set: CriteriaSetDoc | null };

const typed: Resolvers = {
  Assessment: {
    programme: (a, _args, ctx) => ctx.loaders().byId(programmes).load(String(a.programmeId)),
    subject: (a, _args, ctx) => (a.subjectLevel === 'MODEL' || a.subjectLevel === 'ESTABLISHMENT' || a.subjectLevel === 'ORGANISATION' ? null : ctx.loaders().unit(a.subjectUnitLevel).load(String(a.subjectId))),
    subjectModel: (a, _args, ctx) => (a.subjectLevel === 'MODEL' ? ctx.loaders().byId(models).load(String(a.subjectId)) : null),
    subjectEstablishment: (a, _args, ctx) => (a.subjectLevel === 'ESTABLISHMENT' ? ctx.loaders().byId(establishments).load(String(a.subjectId)) : null),
    substantiatedReports: (a) => a.substantiatedReports ?? null,
    quarter: (a) => (a.quarter === 0 ? null : a.quarter),
    criteriaSetVersion: (a) => a.criteriaSetVersion ?? 1,
    criteriaSetEdition: async (a, _args, ctx) => {
      const edition = await editionOf(a, ctx);
      return edition ? editionView({ ...edition.set, replacedAt: edition.frozen?.replacedAt ?? null }) : null;
    },
    results: async (a, _args, ctx) => {
      const set = await criteriaSetOf(a, ctx);
      return a.results.map((r) => ({ ...r, set }));
    },
    allowedActions: async (a, _args, ctx) => {
      const programme = await ctx.loaders().byId(programmes).load(String(a.programmeId));
      return programme ? allowedActions(viewerOf(ctx), a, programme) : [];
    },
    resultsEditable: (a, _args, ctx) => assessments.permissions(viewerOf(ctx), a).update,
    unmetRequired: async (a, _args, ctx) => {
      const set = await criteriaSetOf(a, ctx);
      return set ? unmetRequired(set, a.results) : [];
    },
  },
  CriterionResult: {
    criterionId: (r) => String(r.criterionId),
    criterion: (r) => r.set?.criteria.find((c) => c._id.equals(r.criterionId)) ?? null,
    // `met` means nothing on a POINTS criterion (a score above 0 meets it): a value stored before that rule is not shown, so clients do not send it back.
    met: (r) => (r.set?.criteria.find((c) => c._id.equals(r.criterionId))?.kind === 'POINTS' ? null : r.met),
  },
  AssessmentStep: {
    by: (s, _args, ctx) => ctx.loaders().byId(users).load(String(s.by)),
  },
  Neighbourhood: { assessments: (n, args, ctx) => ctx.loaders().childrenOf(assessments, 'neighbourhoodId').load(childKey(n._id, args)) },
  Ward: { assessments: (w, args, ctx) => ctx.loaders().childrenOf(assessments, 'wardId').load(childKey(w._id, args)) },
  Mutation: {
    transitionAssessment: (_root, args, ctx) => transition(viewerOf(ctx), args.id, { action: args.action, note: args.note }, args.expectedVersion),
  },
};

export const assessmentsArea: Area = { name: 'assessments', resolvers: [typed], resources: { assessments } };
