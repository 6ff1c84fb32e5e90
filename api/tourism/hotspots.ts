/**
 * The hot-spot map (seed 000: "bản đồ điểm nóng về an ninh, trật tự"): the reports and the
 * businesses that have a location, within the caller's scope, as markers. Each kind is read with
 * its repository's own read rule and filter (the same scope as its list), never past them; a
 * filter matching more than MAX_HOTSPOTS markers is refused, so a map is never silently partial.
 */
import { z } from 'zod';
import { allOf, type Filter, type Viewer } from '../core/access';
import type { BaseDoc, Repository } from '../core/repository';
import { objectId } from '../core/validation';
import { badInput, forbidden, fromZodError } from '../errors';
import { currentConfig } from '../runtime';
import { MAX_HOTSPOTS } from '../../rules/limits';
import { REPORT_CATEGORIES } from '../../rules/workflow';
import type { EstablishmentKind, HotspotKind, ReportCategory, ReportStatus } from '../../rules/contract';
import { establishments } from './establishment.service';
import { reports } from './report.service';

const HOTSPOT_KINDS = ['REPORT', 'ESTABLISHMENT'] as const satisfies readonly HotspotKind[];

const FilterInput = z
  .object({
    provinceId: objectId.nullish(),
    wardId: objectId.nullish(),
    neighbourhoodId: objectId.nullish(),
    // DateTime arguments arrive as Date objects (the scalar parses them); strings are accepted too.
    from: z.coerce.date().nullish(),
    to: z.coerce.date().nullish(),
    category: z.enum(REPORT_CATEGORIES).nullish(),
    kinds: z.array(z.enum(HOTSPOT_KINDS)).min(1, 'give at least one kind, or leave it out for both').nullish(),
  })
  .refine((f) => !f.from || !f.to || f.from < f.to, { path: ['to'], message: 'must be after from' });

export interface HotspotView {
  kind: HotspotKind;
  id: string;
  lat: number;
  lng: number;
  category: ReportCategory | null;
  status: ReportStatus | null;
  establishmentKind: EstablishmentKind | null;
  label: string;
  neighbourhoodId: string | null;
  wardId: string | null;
  at: Date;
}

export interface HotspotMapView {
  items: HotspotView[];
  total: number;
  withoutLocation: number;
}

/** A stored point is there when its latitude is (locations are saved whole, both or neither). */
const HAS_LOCATION: Filter = { 'location.lat': { $ne: null } };
const NO_LOCATION: Filter = { 'location.lat': null };

/** The records of `repo` the caller may read that match `filter` (the repository's read rule and filter, as its list applies them). */
function scopedWhere<TDoc extends BaseDoc>(repo: Repository<TDoc, unknown, unknown>, viewer: Viewer, filter: unknown): Filter {
  const rule = repo.def.access.read(viewer);
  if (rule === false) throw forbidden(`Your role may not read ${repo.entityType} records`);
  const parsed = repo.def.filterInput.safeParse(filter);
  if (!parsed.success) throw fromZodError(parsed.error, 'filter');
  return allOf(rule, parsed.data);
}

export async function hotspots(viewer: Viewer, raw: unknown): Promise<HotspotMapView> {
  const parsed = FilterInput.safeParse(raw ?? {});
  if (!parsed.success) throw fromZodError(parsed.error, 'filter');
  const f = parsed.data;
  const kinds = new Set(f.kinds ?? HOTSPOT_KINDS);
  const unit = { provinceId: f.provinceId, wardId: f.wardId, neighbourhoodId: f.neighbourhoodId };
  // The period and the category are the reports'; businesses are places, shown whatever they are.
  const reportWhere = kinds.has('REPORT') ? scopedWhere(reports, viewer, { ...unit, from: f.from, to: f.to, category: f.category }) : null;
  const businessWhere = kinds.has('ESTABLISHMENT') ? scopedWhere(establishments, viewer, unit) : null;

  const count = (model: { countDocuments(q: Filter): Promise<number> }, where: Filter | null, located: Filter) =>
    where ? model.countDocuments(allOf(where, located)) : Promise.resolve(0);
  const [reportCount, businessCount, reportsUnplaced, businessesUnplaced] = await Promise.all([
    count(reports.def.model, reportWhere, HAS_LOCATION),
    count(establishments.def.model, businessWhere, HAS_LOCATION),
    count(reports.def.model, reportWhere, NO_LOCATION),
    count(establishments.def.model, businessWhere, NO_LOCATION),
  ]);
  const total = reportCount + businessCount;
  if (total > MAX_HOTSPOTS) {
    throw badInput([{ path: 'filter', message: `${total} markers match, more than the ${MAX_HOTSPOTS} a map shows: narrow the filter (a ward, a shorter period, a category)` }]);
  }

  const [reportDocs, businessDocs] = await Promise.all([
    reportWhere
      ? reports.def.model
          .find(allOf(reportWhere, HAS_LOCATION), { code: 1, category: 1, status: 1, location: 1, neighbourhoodId: 1, wardId: 1, createdAt: 1 })
          .sort({ createdAt: -1, _id: 1 })
          .batchSize(reportCount + 1)
          .lean()
      : [],
    businessWhere
      ? establishments.def.model
          .find(allOf(businessWhere, HAS_LOCATION), { name: 1, kind: 1, location: 1, neighbourhoodId: 1, wardId: 1, createdAt: 1 })
          .sort({ nameSort: 1, _id: 1 })
          .batchSize(businessCount + 1)
          .lean()
      : [],
  ]);
  const items: HotspotView[] = [
    ...reportDocs.map((r) => ({
      kind: 'REPORT' as const,
      id: String(r._id),
      lat: r.location?.lat as number,
      lng: r.location?.lng as number,
      category: r.category,
      status: r.status,
      establishmentKind: null,
      label: r.code,
      neighbourhoodId: r.neighbourhoodId ? String(r.neighbourhoodId) : null,
      wardId: r.wardId ? String(r.wardId) : null,
      at: r.createdAt,
    })),
    ...businessDocs.map((e) => ({
      kind: 'ESTABLISHMENT' as const,
      id: String(e._id),
      lat: e.location?.lat as number,
      lng: e.location?.lng as number,
      category: null,
      status: null,
      establishmentKind: e.kind,
      label: e.name,
      neighbourhoodId: String(e.neighbourhoodId),
      wardId: String(e.wardId),
      at: e.createdAt,
    })),
  ];
  return { items, total, withoutLocation: reportsUnplaced + businessesUnplaced };
}

/** The map's tile server (public: a URL template and a credit line, nothing secret). */
export function mapSettings(): { tileUrl: string | null; attribution: string | null } {
  const { mapTileUrl, mapAttribution } = currentConfig();
  return { tileUrl: mapTileUrl, attribution: mapAttribution };
}
