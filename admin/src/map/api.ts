/** The map's two calls: its markers (hotspots) and its tile server (mapSettings). */
import { gql } from '@apollo/client';
import type { HotspotFilter, HotspotMap, MapSettings, Query } from '../../../rules/contract';
import { run } from '../providers/api';

const HOTSPOTS = gql`
  query Hotspots($filter: HotspotFilter) {
    hotspots(filter: $filter) {
      total
      withoutLocation
      items { kind id lat lng category status establishmentKind label neighbourhoodId wardId at }
    }
  }
`;
export const fetchHotspots = async (filter: HotspotFilter): Promise<HotspotMap> => (await run<Pick<Query, 'hotspots'>>(HOTSPOTS, { filter })).hotspots;

const MAP_SETTINGS = gql`
  query MapSettings {
    mapSettings { tileUrl attribution }
  }
`;
export const fetchMapSettings = async (): Promise<MapSettings> => (await run<Pick<Query, 'mapSettings'>>(MAP_SETTINGS, {})).mapSettings;
