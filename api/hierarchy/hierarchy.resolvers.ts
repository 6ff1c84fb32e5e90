import type { Resolvers } from '../generated/graphql';
import { childKey } from '../core/repository';
import type { Area } from '../graphql/area';
import { neighbourhoods, provinces, wards } from './hierarchy.service';
import { users } from '../users/user.service';

const typed: Resolvers = {
  Unit: {
    // Units store their own id at their level: the deepest such field names the type.
    __resolveType: (unit) => ('neighbourhoodId' in unit ? 'Neighbourhood' : 'wardId' in unit ? 'Ward' : 'Province'),
  },
  Province: {
    level: () => 'PROVINCE',
    wards: (p, args, ctx) => ctx.loaders().childrenOf(wards, 'provinceId').load(childKey(p._id, args)),
  },
  Ward: {
    level: () => 'WARD',
    province: (w, _args, ctx) => ctx.loaders().byId(provinces).load(String(w.provinceId)),
    neighbourhoods: (w, args, ctx) => ctx.loaders().childrenOf(neighbourhoods, 'wardId').load(childKey(w._id, args)),
    // Records stored before aliases existed have none (never null).
    aliases: (w) => w.aliases ?? [],
    location: (w) => w.location ?? null,
  },
  Neighbourhood: {
    level: () => 'NEIGHBOURHOOD',
    province: (n, _args, ctx) => ctx.loaders().byId(provinces).load(String(n.provinceId)),
    ward: (n, _args, ctx) => ctx.loaders().byId(wards).load(String(n.wardId)),
    head: (n, _args, ctx) => (n.headUserId ? ctx.loaders().byId(users).load(String(n.headUserId)) : null),
    aliases: (n) => n.aliases ?? [],
    location: (n) => n.location ?? null,
  },
};

export const hierarchyArea: Area = { name: 'hierarchy', resolvers: [typed], resources: { provinces, wards, neighbourhoods } };
