import { Schema, model } from 'mongoose';
import type { ObjectId } from '../core/access';
import { registerScopedModel } from '../core/ancestry';
import { placeFields, type GeoPoint } from '../hierarchy/places';
import type { BaseDoc } from '../core/repository';
import type { EstablishmentKind } from '../../rules/contract';
import { valuesOf } from '../../rules/values';

export const ESTABLISHMENT_KINDS = valuesOf<EstablishmentKind>({ LODGING: 1, FOOD: 1, SOUVENIR: 1, TRANSPORT: 1, GUIDE: 1, OTHER: 1 });
export type { EstablishmentKind };

/** "Người giữ khách": the person a business names to look after its guests' safety. */
export interface HostKeeper {
  name: string;
  phone: string | null;
}

/** A business (cơ sở kinh doanh) in a neighbourhood, as listed by the ward for the "civilised business" commitment. */
export interface EstablishmentDoc extends BaseDoc {
  name: string;
  kind: EstablishmentKind;
  provinceId: ObjectId;
  wardId: ObjectId;
  neighbourhoodId: ObjectId;
  address: string | null;
  ownerName: string | null;
  ownerPhone: string | null;
  /** Date the "kinh doanh văn minh" commitment was signed (null: not signed). */
  commitmentSignedOn: string | null;
  hostKeeper: HostKeeper | null;
  note: string | null;
  /** Where the business is, when known: a marker on the hot-spot map. */
  location: GeoPoint | null;
  isSample: boolean;
  search: string;
  nameSort: string;
}

const schema = new Schema<EstablishmentDoc>(
  {
    name: { type: String, required: true },
    kind: { type: String, required: true, enum: ESTABLISHMENT_KINDS },
    provinceId: { type: Schema.Types.ObjectId, required: true },
    wardId: { type: Schema.Types.ObjectId, required: true },
    neighbourhoodId: { type: Schema.Types.ObjectId, required: true },
    address: { type: String, default: null },
    ownerName: { type: String, default: null },
    ownerPhone: { type: String, default: null },
    commitmentSignedOn: { type: String, default: null },
    hostKeeper: { type: new Schema<HostKeeper>({ name: { type: String, required: true }, phone: { type: String, default: null } }, { _id: false }), default: null },
    note: { type: String, default: null },
    location: placeFields.location,
    isSample: { type: Boolean, required: true, default: false },
    search: { type: String, required: true },
    nameSort: { type: String, required: true },
    version: { type: Number, required: true, default: 1 },
  },
  { collection: 'establishments', timestamps: true, versionKey: false },
);
schema.index({ provinceId: 1, nameSort: 1, _id: 1 });
schema.index({ wardId: 1, nameSort: 1, _id: 1 });
schema.index({ neighbourhoodId: 1, nameSort: 1, _id: 1 });
schema.index({ nameSort: 1, _id: 1 });
schema.index({ kind: 1 });
// The hot-spot map: a ward's businesses that have a location.
schema.index({ wardId: 1, 'location.lat': 1 });
schema.index({ commitmentSignedOn: 1 });
schema.index({ updatedAt: 1, _id: 1 });
schema.index({ createdAt: 1, _id: 1 });

export const Establishment = model<EstablishmentDoc>('Establishment', schema);
registerScopedModel(Establishment);
