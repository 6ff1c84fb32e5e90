import type { Resolvers } from '../generated/graphql';
import { childKey } from '../core/repository';
import type { Area } from '../graphql/area';
import { neighbourhoods, provinces, wards } from './hierarchy.service';

const typed: Resolvers = {
  Unit: {
    // Units store their own id at their level: the deepest such field names the type.
    __resolveType: (unit) => ('neighbourhoodId' in unit ? 'Neighbourhood' : 'wardId' in unit ? 'Ward' : 'Province'),
  },
  Province: {
    level: () => 'PROVINCE',
    wards: (p, args, ctx) => ctx.loaders().wardsOfProvince.load(childKey(p._id, args)),
  },
  Ward: {
    level: () => 'WARD',
    province: (w, _args, ctx) => ctx.loaders().province.load(String(w.provinceId)),
    neighbourhoods: (w, args, ctx) => ctx.loaders().neighbourhoodsOfWard.load(childKey(w._id, args)),
  },
  Neighbourhood: {
    level: () => 'NEIGHBOURHOOD',
    province: (n, _args, ctx) => ctx.loaders().province.load(String(n.provinceId)),
    ward: (n, _args, ctx) => ctx.loaders().ward.load(String(n.wardId)),
    head: (n, _args, ctx) => (n.headUserId ? ctx.loaders().user.load(String(n.headUserId)) : null),
  },
};

export const hierarchyArea: Area = { name: 'hierarchy', resolvers: [typed], resources: { provinces, wards, neighbourhoods } };
