import type { Resolvers } from '../generated/graphql';
import { childKey } from '../core/repository';
import type { Area } from '../graphql/area';
import { models } from './model.service';
import { programmes } from '../programmes/programme.service';
import { legalBasisChain } from '../programmes/legal-basis';

const typed: Resolvers = {
  Model: {
    unit: (m, _args, ctx) => ctx.loaders().unit(m.unitLevel).load(String(m.unitId)),
    programme: (m, _args, ctx) => (m.programmeId ? ctx.loaders().byId(programmes).load(String(m.programmeId)) : null),
    // Records stored before issue 14 lack these fields (and funding rows their new columns).
    responsibilities: (m) => m.responsibilities ?? [],
    recipients: (m) => m.recipients ?? [],
    groupNamingRule: (m) => m.groupNamingRule ?? null,
    legalBasisChain: (m) => legalBasisChain(m.documents ?? []),
  },
  FundingSource: {
    legalBasis: (f) => f.legalBasis ?? null,
    year: (f) => f.year ?? null,
    plannedAmount: (f) => f.plannedAmount ?? null,
    spentAmount: (f) => f.spentAmount ?? null,
  },
  Figure: { id: (f) => String(f._id) },
  // Every unit lists the models under it; scope still applies (a head sees only their own).
  Province: { models: (p, args, ctx) => ctx.loaders().childrenOf(models, 'provinceId').load(childKey(p._id, args)) },
  Ward: { models: (w, args, ctx) => ctx.loaders().childrenOf(models, 'wardId').load(childKey(w._id, args)) },
  Neighbourhood: { models: (n, args, ctx) => ctx.loaders().childrenOf(models, 'neighbourhoodId').load(childKey(n._id, args)) },
  Programme: { models: (p, args, ctx) => ctx.loaders().childrenOf(models, 'programmeId').load(childKey(p._id, args)) },
};

export const modelsArea: Area = { name: 'models', resolvers: [typed], resources: { models } };
