/** What Province, Ward and Neighbourhood documents share, and how their schemas are built. */
import { Schema, type SchemaDefinition } from 'mongoose';
import type { ObjectId, UnitLevel } from '../core/access';
import type { BaseDoc } from '../core/repository';
import { foldText, searchField } from '../core/text';
import type { ProvinceSortField, WardSortField } from '../generated/graphql';

export interface UnitDocBase extends BaseDoc {
  code: string;
  name: string;
  /** Folded "name code" for diacritics-insensitive search. */
  search: string;
  /** Folded, number-padded name: the stored field behind `sort: { field: "name" }`. */
  nameSort: string;
  provinceId: ObjectId;
}

/** Builds a unit schema: common fields, timestamps, and the indexes for filters and sorts. */
export function unitSchema<TDoc extends UnitDocBase>(collection: string, fields: SchemaDefinition): Schema<TDoc> {
  const schema = new Schema<TDoc>(
    {
      code: { type: String, required: true },
      name: { type: String, required: true },
      search: { type: String, required: true },
      nameSort: { type: String, required: true },
      provinceId: { type: Schema.Types.ObjectId, required: true },
      version: { type: Number, required: true, default: 1 },
      ...fields,
    } as SchemaDefinition<TDoc>,
    { collection, timestamps: true, versionKey: false },
  );
  schema.index({ nameSort: 1, _id: 1 });
  schema.index({ code: 1, _id: 1 });
  schema.index({ createdAt: 1, _id: 1 });
  schema.index({ updatedAt: 1, _id: 1 });
  schema.index({ type: 1, nameSort: 1, _id: 1 });
  return schema;
}

/** The derived fields every unit stores. */
export function unitDerived(name: string, code: string): { search: string; nameSort: string } {
  return { search: searchField(name, code), nameSort: naturalSortKey(name) };
}

/** Folded name with numbers zero-padded, so "Tổ dân phố 2" sorts before "Tổ dân phố 10". */
export function naturalSortKey(name: string): string {
  return foldText(name).replace(/\d+/g, (digits) => digits.padStart(6, '0'));
}

/** Provinces and wards sort alike; neighbourhoods add their figures. */
export const UNIT_SORT_FIELDS = { code: 'code', name: 'nameSort', createdAt: 'createdAt', updatedAt: 'updatedAt' } satisfies Record<ProvinceSortField & WardSortField, string>;

/** Fields left out of audit snapshots: derived, not data. */
export const UNIT_AUDIT_OMIT = ['search', 'nameSort'] as const;

export const levelOf = { Province: 'PROVINCE', Ward: 'WARD', Neighbourhood: 'NEIGHBOURHOOD' } as const satisfies Record<string, UnitLevel>;
