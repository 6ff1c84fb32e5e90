import { model } from 'mongoose';
import { registerScopedModel } from '../core/ancestry';
import { unitSchema, type UnitDocBase } from './unit';
import type { ProvinceType } from '../../rules/contract';
import { valuesOf } from '../../rules/values';

export const PROVINCE_TYPES = valuesOf<ProvinceType>({ TINH: 1, THANH_PHO: 1 });

/** Tỉnh / thành phố. `provinceId` is its own id, so one scope filter fits every level. */
export interface ProvinceDoc extends UnitDocBase {
  shortCode: string | null;
  type: ProvinceType;
}

const schema = unitSchema<ProvinceDoc>('provinces', {
  shortCode: { type: String, default: null },
  type: { type: String, required: true, enum: PROVINCE_TYPES },
});
schema.index({ code: 1 }, { unique: true });
schema.index({ provinceId: 1 });

export const Province = model<ProvinceDoc>('Province', schema);
registerScopedModel(Province);
