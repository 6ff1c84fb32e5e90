/**
 * What units and businesses share about where they are: other names people know a place by
 * (aliases: "Mộc Châu", "chợ đêm") and a point on the map. The zod rules, the stored shape and
 * the distance between two points live here, for the hierarchy, the tourism records and the seed.
 */
import { Schema } from 'mongoose';
import { z } from 'zod';
import { LATITUDE_RANGE, LONGITUDE_RANGE, MAX_ALIASES, MAX_ALIAS_LENGTH } from '../../rules/limits';
import { foldText } from '../core/text';

/** A stored map point (WGS 84 degrees). */
export interface GeoPoint {
  lat: number;
  lng: number;
}

const [minLat, maxLat] = LATITUDE_RANGE;
const [minLng, maxLng] = LONGITUDE_RANGE;

/** A point given by a client: latitude −90…90, longitude −180…180; null clears it. */
export const geoPointInput = z
  .object({
    lat: z.number().min(minLat, `must be ${minLat} or more`).max(maxLat, `must be at most ${maxLat}`),
    lng: z.number().min(minLng, `must be ${minLng} or more`).max(maxLng, `must be at most ${maxLng}`),
  })
  .nullish();

/**
 * Aliases as given: each trimmed, empty ones dropped, duplicates (same letters, ignoring case and
 * diacritics) kept once, at most MAX_ALIASES of at most MAX_ALIAS_LENGTH characters.
 */
export const aliasesInput = z
  .array(z.string().trim().max(MAX_ALIAS_LENGTH, `must be at most ${MAX_ALIAS_LENGTH} characters`))
  .transform((list) => {
    const seen = new Set<string>();
    return list.filter((alias) => {
      const key = foldText(alias);
      if (!key || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  })
  .refine((list) => list.length <= MAX_ALIASES, `at most ${MAX_ALIASES} aliases`)
  .nullish();

/** The mongoose fields: aliases default to none, the location to unknown. */
export const placeFields = {
  aliases: { type: [String], default: [] },
  location: { type: new Schema<GeoPoint>({ lat: { type: Number, required: true }, lng: { type: Number, required: true } }, { _id: false }), default: null },
};

const EARTH_RADIUS_METRES = 6_371_008.8;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance between two points (haversine), in metres. */
export function distanceMetres(a: GeoPoint, b: GeoPoint): number {
  const dLat = radians(b.lat - a.lat);
  const dLng = radians(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}
