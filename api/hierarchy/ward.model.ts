import { Schema, model } from 'mongoose';
import type { ObjectId } from '../core/access';
import { registerScopedModel } from '../core/ancestry';
import { placeFields, type GeoPoint } from './places';
import { unitSchema, type UnitDocBase } from './unit';
import type { WardType } from '../../rules/contract';
import { valuesOf } from '../../rules/values';

export const WARD_TYPES = valuesOf<WardType>({ XA: 1, PHUONG: 1, DAC_KHU: 1 });

/** Xã / phường / đặc khu. `wardId` is its own id. */
export interface WardDoc extends UnitDocBase {
  wardId: ObjectId;
  type: WardType;
  /** Other names people know the place by (searched by publicUnits). */
  aliases: string[];
  /** The ward's office or centre, when known. */
  location: GeoPoint | null;
}

const schema = unitSchema<WardDoc>('wards', {
  wardId: { type: Schema.Types.ObjectId, required: true },
  type: { type: String, required: true, enum: WARD_TYPES },
  ...placeFields,
});
schema.index({ code: 1 }, { unique: true });
schema.index({ wardId: 1 });
schema.index({ provinceId: 1, nameSort: 1, _id: 1 });
schema.index({ provinceId: 1, code: 1, _id: 1 });

export const Ward = model<WardDoc>('Ward', schema);
registerScopedModel(Ward);
