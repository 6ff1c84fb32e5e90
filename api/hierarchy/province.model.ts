import { model } from 'mongoose';
import { registerScopedModel } from '../core/ancestry';
import { unitSchema, type UnitDocBase } from './unit';

export const PROVINCE_TYPES = ['TINH', 'THANH_PHO'] as const;

/** Tỉnh / thành phố. `provinceId` is its own id, so one scope filter fits every level. */
export interface ProvinceDoc extends UnitDocBase {
  shortCode: string | null;
  type: (typeof PROVINCE_TYPES)[number];
}

const schema = unitSchema<ProvinceDoc>('provinces', {
  shortCode: { type: String, default: null },
  type: { type: String, required: true, enum: PROVINCE_TYPES },
});
schema.index({ code: 1 }, { unique: true });
schema.index({ provinceId: 1 });

export const Province = model<ProvinceDoc>('Province', schema);
registerScopedModel(Province);
