/** Per-request DataLoaders: every parent/child hop in the graph is batched through these. */
import type { Viewer } from '../core/access';
import { neighbourhoods, provinces, wards } from '../hierarchy/hierarchy.service';
import { users } from '../users/user.service';

export function createLoaders(viewer: Viewer) {
  return {
    province: provinces.loader(viewer),
    ward: wards.loader(viewer),
    neighbourhood: neighbourhoods.loader(viewer),
    user: users.loader(viewer),
    wardsOfProvince: wards.childLoader(viewer, 'provinceId'),
    neighbourhoodsOfWard: neighbourhoods.childLoader(viewer, 'wardId'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
