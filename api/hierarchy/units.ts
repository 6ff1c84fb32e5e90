/**
 * Finding a unit of any level by id, for the services whose records hang off units (users,
 * models, programmes, tourism, dashboard). It reads the unit models under the read rule the unit
 * repositories use (`unitRules`), so it depends only on the models and core: those services
 * import it without importing hierarchy.service, which itself imports some of them.
 */
import { allOf, toObjectId, unitRules, type ObjectId, type UnitLevel, type Viewer } from '../core/access';
import { forbidden } from '../errors';
import { Neighbourhood, type NeighbourhoodDoc } from './neighbourhood.model';
import { Province, type ProvinceDoc } from './province.model';
import { Ward, type WardDoc } from './ward.model';

export interface FoundUnit {
  level: UnitLevel;
  doc: ProvinceDoc | WardDoc | NeighbourhoodDoc;
  /** What a record hanging off this unit stores: its ancestors and itself at its own level. */
  ancestors: { provinceId: ObjectId; wardId: ObjectId | null; neighbourhoodId: ObjectId | null };
}

/** Finds a unit of any level the caller can see, or null. Ids are unique across the three collections. */
export async function findUnit(viewer: Viewer, id: string): Promise<FoundUnit | null> {
  const _id = toObjectId(id);
  // As the repositories' getMany (which it replaced) matched: the id exactly as stored, in lower-case hex.
  if (!_id || String(_id) !== id) return null;
  const visible = (level: UnitLevel, entityType: string) => {
    const rule = unitRules(level).read(viewer);
    if (rule === false) throw forbidden(`Your role may not read ${entityType} records`);
    return allOf({ _id }, rule);
  };
  const [p, w, n] = await Promise.all([
    Province.findOne(visible('PROVINCE', 'Province')).lean<ProvinceDoc>(),
    Ward.findOne(visible('WARD', 'Ward')).lean<WardDoc>(),
    Neighbourhood.findOne(visible('NEIGHBOURHOOD', 'Neighbourhood')).lean<NeighbourhoodDoc>(),
  ]);
  if (p) return { level: 'PROVINCE', doc: p, ancestors: { provinceId: p._id, wardId: null, neighbourhoodId: null } };
  if (w) return { level: 'WARD', doc: w, ancestors: { provinceId: w.provinceId, wardId: w._id, neighbourhoodId: null } };
  if (n) return { level: 'NEIGHBOURHOOD', doc: n, ancestors: { provinceId: n.provinceId, wardId: n.wardId, neighbourhoodId: n._id } };
  return null;
}
