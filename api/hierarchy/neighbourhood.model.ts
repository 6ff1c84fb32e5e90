import { Schema, Types, model } from 'mongoose';
import type { ObjectId } from '../core/access';
import { registerScopedModel } from '../core/ancestry';
import { placeFields, type GeoPoint } from './places';
import { unitDerived, unitSchema, type UnitDocBase } from './unit';
import type { NeighbourhoodType } from '../../rules/contract';
import { valuesOf } from '../../rules/values';

export const NEIGHBOURHOOD_TYPES = valuesOf<NeighbourhoodType>({ THON: 1, XOM: 1, TO_DAN_PHO: 1, BUON: 1, AP: 1, KHOM: 1, BAN: 1 });

/** Khu dân cư: thôn, xóm, tổ dân phố, buôn, ấp, khóm, bản. `neighbourhoodId` is its own id. */
export interface NeighbourhoodDoc extends UnitDocBase {
  wardId: ObjectId;
  neighbourhoodId: ObjectId;
  type: NeighbourhoodType;
  headUserId: ObjectId | null;
  headName: string | null;
  headPhone: string | null;
  households: number | null;
  population: number | null;
  rearrangedOn: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  note: string | null;
  isSample: boolean;
  /** Other names people know the place by (searched by publicUnits). */
  aliases: string[];
  /** The neighbourhood's office or centre, when known. */
  location: GeoPoint | null;
}

const schema = unitSchema<NeighbourhoodDoc>('neighbourhoods', {
  wardId: { type: Schema.Types.ObjectId, required: true },
  neighbourhoodId: { type: Schema.Types.ObjectId, required: true },
  type: { type: String, required: true, enum: NEIGHBOURHOOD_TYPES },
  headUserId: { type: Schema.Types.ObjectId, default: null },
  headName: { type: String, default: null },
  headPhone: { type: String, default: null },
  households: { type: Number, default: null },
  population: { type: Number, default: null },
  rearrangedOn: { type: String, default: null },
  phone: { type: String, default: null },
  email: { type: String, default: null },
  address: { type: String, default: null },
  note: { type: String, default: null },
  isSample: { type: Boolean, required: true, default: false },
  ...placeFields,
});
// Codes are unique within a ward (the seed documents' names repeat across wards).
schema.index({ wardId: 1, code: 1 }, { unique: true });
schema.index({ neighbourhoodId: 1 });
schema.index({ headUserId: 1 });
schema.index({ wardId: 1, nameSort: 1, _id: 1 });
schema.index({ provinceId: 1, nameSort: 1, _id: 1 });
schema.index({ households: 1, _id: 1 });
schema.index({ population: 1, _id: 1 });

export const Neighbourhood = model<NeighbourhoodDoc>('Neighbourhood', schema);
registerScopedModel(Neighbourhood);

/** The optional fields of a neighbourhood, all empty unless given. */
export type NeighbourhoodDetails = Partial<Omit<NeighbourhoodDoc, keyof UnitDocBase | 'wardId' | 'neighbourhoodId' | 'type'>>;

/**
 * A complete new neighbourhood record under `ward`: its own id as `neighbourhoodId`, the ward's
 * ancestors, derived search fields and every optional field empty unless given. The API, the
 * seed and the synthetic generator all build neighbourhoods here.
 */
export function newNeighbourhood(
  ward: { _id: ObjectId; provinceId: ObjectId },
  unit: { code: string; name: string; type: NeighbourhoodDoc['type'] },
  details: NeighbourhoodDetails = {},
): Omit<NeighbourhoodDoc, 'version' | 'createdAt' | 'updatedAt'> {
  const _id = new Types.ObjectId();
  return {
    _id,
    neighbourhoodId: _id,
    provinceId: ward.provinceId,
    wardId: ward._id,
    ...unit,
    headUserId: details.headUserId ?? null,
    headName: details.headName ?? null,
    headPhone: details.headPhone ?? null,
    households: details.households ?? null,
    population: details.population ?? null,
    rearrangedOn: details.rearrangedOn ?? null,
    phone: details.phone ?? null,
    email: details.email ?? null,
    address: details.address ?? null,
    note: details.note ?? null,
    isSample: details.isSample ?? false,
    aliases: details.aliases ?? [],
    location: details.location ?? null,
    ...unitDerived(unit.name, unit.code),
  };
}
