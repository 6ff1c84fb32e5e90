import type { AssessmentDoc } from '../assessments/assessment.model';
import { assessments } from '../assessments/assessment.service';
import { childKey } from '../core/repository';
import type { Area, ResolverMap } from '../graphql/area';
import { viewerOf, type GraphQLContext } from '../graphql/context';
import type { Loaders } from '../graphql/loaders';
import { models } from '../models/model.service';
import { organisations } from '../organisations/organisation.service';
import { programmes } from '../programmes/programme.service';
import { establishments } from '../tourism/establishment.service';
import { users } from '../users/user.service';
import type { RewardAction, RewardRecipientKind } from '../../rules/contract';
import { isReturned } from '../../rules/rewards';
import type { RewardDecisionDoc, RewardDoc, RewardStepDoc } from './reward.model';
import { recognisedWithoutReward, rewardActions, rewards, stepReward, type DecisionInputType } from './reward.service';

interface CandidateView {
  assessment: AssessmentDoc;
  recipientKind: RewardRecipientKind;
  recipientName: string;
  recipientUnitId: string | null;
  recipientUnitName: string | null;
  modelId: string | null;
  reason: string;
}

/** What a proposal for a recognised assessment would say: its subject as the (collective) recipient, batched through the loaders. */
async function candidateOf(loaders: Loaders, a: AssessmentDoc): Promise<CandidateView> {
  const id = String(a.subjectId);
  const programme = await loaders.byId(programmes).load(String(a.programmeId));
  const base = { assessment: a, recipientKind: 'COLLECTIVE' as const, recipientUnitId: null, recipientUnitName: null, modelId: null };
  const period = a.quarter ? `quý ${a.quarter} năm ${a.year}` : `năm ${a.year}`;
  // A name holding quotation marks of its own is not quoted again.
  const name = programme ? (/[“”"]/.test(programme.name) ? programme.name : `“${programme.name}”`) : 'tiêu chuẩn';
  const reason = `Được công nhận đạt ${name} ${period}${a.classification ? ` (${a.classification})` : ''}`;
  switch (a.subjectLevel) {
    case 'NEIGHBOURHOOD':
    case 'WARD': {
      const unit = await loaders.unit(a.subjectLevel).load(id);
      return { ...base, recipientName: unit?.name ?? '', recipientUnitId: id, recipientUnitName: unit?.name ?? null, reason };
    }
    case 'ORGANISATION': {
      const org = await loaders.byId(organisations).load(id);
      return { ...base, recipientName: org?.name ?? '', recipientUnitId: id, recipientUnitName: org?.name ?? null, reason };
    }
    case 'MODEL': {
      // The collective running the model; its unit (a ward or neighbourhood) is the recipient unit.
      const model = await loaders.byId(models).load(id);
      const unit = model && model.unitLevel !== 'PROVINCE' ? await loaders.unit(model.unitLevel).load(String(model.unitId)) : null;
      return { ...base, recipientName: model?.name ?? '', recipientUnitId: unit ? String(unit._id) : null, recipientUnitName: unit?.name ?? null, modelId: id, reason };
    }
    default: {
      const business = await loaders.byId(establishments).load(id);
      return { ...base, recipientName: business?.name ?? '', reason };
    }
  }
}

type Ctx = GraphQLContext;
const withNote = (args: { id: string; note?: string | null; expectedVersion?: number | null }, action: RewardAction, ctx: Ctx) =>
  stepReward(viewerOf(ctx), args.id, action, { note: args.note }, args.expectedVersion);

// Typed by hand (RewardDoc): codegen has no mapper for Reward yet.
const resolvers: ResolverMap = {
  Reward: {
    model: (r: RewardDoc, _args: unknown, ctx: Ctx) => (r.modelId ? ctx.loaders().byId(models).load(String(r.modelId)) : null),
    assessment: (r: RewardDoc, _args: unknown, ctx: Ctx) => (r.assessmentId ? ctx.loaders().byId(assessments).load(String(r.assessmentId)) : null),
    proposingUnit: (r: RewardDoc, _args: unknown, ctx: Ctx) => ctx.loaders().unit(r.proposingUnitLevel).load(String(r.proposingUnitId)),
    recipientUnitName: async (r: RewardDoc, _args: unknown, ctx: Ctx) => {
      if (!r.recipientUnitId || !r.recipientUnitLevel) return null;
      const id = String(r.recipientUnitId);
      const found = r.recipientUnitLevel === 'ORGANISATION' ? await ctx.loaders().byId(organisations).load(id) : await ctx.loaders().unit(r.recipientUnitLevel).load(id);
      return found?.name ?? null;
    },
    returned: (r: RewardDoc) => isReturned(r),
    allowedActions: (r: RewardDoc, _args: unknown, ctx: Ctx) => rewardActions(viewerOf(ctx), r),
  },
  RewardStep: {
    by: (s: RewardStepDoc, _args: unknown, ctx: Ctx) => ctx.loaders().byId(users).load(String(s.by)),
  },
  RewardDecision: {
    issuingUnit: (d: RewardDecisionDoc, _args: unknown, ctx: Ctx) =>
      d.issuingUnitId && d.issuingLevel !== 'CENTRAL' ? ctx.loaders().unit(d.issuingLevel).load(String(d.issuingUnitId)) : null,
  },
  Model: {
    rewards: (m: { _id: RewardDoc['_id'] }, args: Parameters<typeof childKey>[1], ctx: Ctx) => ctx.loaders().childrenOf(rewards, 'modelId').load(childKey(m._id, args)),
  },
  Query: {
    rewardCandidates: async (_root: unknown, args: { unitId: string; year: number }, ctx: Ctx) => {
      const found = await recognisedWithoutReward(viewerOf(ctx), args);
      const loaders = ctx.loaders();
      return Promise.all(found.map((a) => candidateOf(loaders, a)));
    },
  },
  Mutation: {
    proposeReward: (_root: unknown, args: { id: string; note?: string | null; expectedVersion?: number | null }, ctx: Ctx) => withNote(args, 'PROPOSE', ctx),
    rejectReward: (_root: unknown, args: { id: string; note: string; expectedVersion?: number | null }, ctx: Ctx) => withNote(args, 'REJECT', ctx),
    returnReward: (_root: unknown, args: { id: string; note: string; expectedVersion?: number | null }, ctx: Ctx) => withNote(args, 'RETURN', ctx),
    decideReward: (_root: unknown, args: { id: string; input: DecisionInputType; expectedVersion?: number | null }, ctx: Ctx) =>
      stepReward(viewerOf(ctx), args.id, 'DECIDE', { decision: args.input }, args.expectedVersion),
  },
};

export const rewardsArea: Area = { name: 'rewards', resolvers: [resolvers], resources: { rewards } };
