/**
 * Models (mô hình) from a spreadsheet, a row each: the unit running it (its ward's code, and a
 * neighbourhood's code for a neighbourhood's model), its name, kind, status, lead body, where it
 * runs and its narrative (Phụ lục 2's columns). A model already recorded under that unit and name
 * (compared without diacritics) is updated where the row differs; otherwise it is created.
 * Everything is written through the models repository; a second run changes nothing.
 */
import type { Viewer } from '../core/access';
import { allOf } from '../core/access';
import { foldText } from '../core/text';
import { neighbourhoods, wards } from '../hierarchy/hierarchy.service';
import { Neighbourhood, type NeighbourhoodDoc } from '../hierarchy/neighbourhood.model';
import { Ward, type WardDoc } from '../hierarchy/ward.model';
import { MODEL_CATEGORIES, MODEL_STATUSES, SecurityModel, type ModelDoc } from '../models/model.model';
import { models } from '../models/model.service';
import { MODEL_CATEGORY_VI, MODEL_STATUS_VI } from '../../rules/labels';
import { fieldErrors, readSheet, summarise, type ImportResult, type RowResult, type SheetRow } from './spreadsheet';
import { IMPORT_COLUMNS } from '../../rules/imports';


const TEXT_FIELDS = ['name', 'leadBody', 'area', 'context', 'results', 'problems', 'nextPlan', 'requests'] as const;

/** An enum value written as its name or its Vietnamese label (with or without the bracketed part). */
function enumOf<T extends string>(values: readonly T[], labels: Record<T, string>, text: string): T | undefined {
  const word = foldText(text);
  return values.find((v) => v === text.toUpperCase() || foldText(labels[v]) === word || foldText(labels[v].replace(/\s*\(.*\)$/, '')) === word);
}

interface Planned {
  result: RowResult;
  create?: Record<string, unknown>;
  update?: { id: string; version: number; input: Record<string, unknown> };
}

async function plan(viewer: Viewer, rows: SheetRow[]): Promise<Planned[]> {
  const codes = (key: 'wardCode' | 'neighbourhoodCode') => [...new Set(rows.map((r) => r.cells[key]).filter((c): c is string => !!c))];
  const [readWards, readNeighbourhoods, readModels] = [wards.def.access.read(viewer), neighbourhoods.def.access.read(viewer), models.def.access.read(viewer)];
  const foundWards = readWards === false || !codes('wardCode').length ? [] : await Ward.find(allOf({ code: { $in: codes('wardCode') } }, readWards)).lean<WardDoc[]>();
  const wardByCode = new Map(foundWards.map((w) => [w.code, w]));
  const wardIds = foundWards.map((w) => w._id);
  const [foundNeighbourhoods, candidates] = await Promise.all([
    readNeighbourhoods === false || !codes('neighbourhoodCode').length || !wardIds.length
      ? []
      : Neighbourhood.find(allOf({ wardId: { $in: wardIds }, code: { $in: codes('neighbourhoodCode') } }, readNeighbourhoods)).lean<NeighbourhoodDoc[]>(),
    readModels === false || !wardIds.length ? [] : SecurityModel.find(allOf({ wardId: { $in: wardIds } }, readModels)).lean<ModelDoc[]>(),
  ]);
  const neighbourhoodBy = new Map(foundNeighbourhoods.map((n) => [`${String(n.wardId)}/${n.code}`, n]));
  const modelBy = new Map(candidates.map((m) => [`${String(m.unitId)}/${foldText(m.name)}`, m]));
  const seen = new Set<string>();

  return rows.map((row): Planned => {
    const { cells } = row;
    const errors: RowResult['errors'] = [...row.refused];
    const result: RowResult = { row: row.row, status: 'ERROR', code: cells.neighbourhoodCode ?? cells.wardCode ?? null, name: cells.name ?? null, errors };
    for (const key of ['wardCode', 'name', 'category', 'status', 'leadBody'] as const) if (!cells[key] && !row.refused.some((r) => r.column === key)) errors.push({ column: key, message: 'is required' });
    const ward = cells.wardCode ? wardByCode.get(cells.wardCode) : undefined;
    if (cells.wardCode && !ward) errors.push({ column: 'wardCode', message: `no ward with code ${cells.wardCode} in your scope` });
    const neighbourhood = ward && cells.neighbourhoodCode ? neighbourhoodBy.get(`${String(ward._id)}/${cells.neighbourhoodCode}`) : undefined;
    if (ward && cells.neighbourhoodCode && !neighbourhood) errors.push({ column: 'neighbourhoodCode', message: 'no neighbourhood with that code in this ward' });
    const category = cells.category ? enumOf(MODEL_CATEGORIES, MODEL_CATEGORY_VI, cells.category) : undefined;
    if (cells.category && !category) errors.push({ column: 'category', message: 'is not a kind of model' });
    const status = cells.status ? enumOf(MODEL_STATUSES, MODEL_STATUS_VI, cells.status) : undefined;
    if (cells.status && !status) errors.push({ column: 'status', message: 'is not a model status' });
    if (errors.length || !ward) return { result };
    const unitId = String((neighbourhood ?? ward)._id);
    const key = `${unitId}/${foldText(cells.name as string)}`;
    if (seen.has(key)) {
      errors.push({ column: 'name', message: 'appears twice in the file for this unit' });
      return { result };
    }
    seen.add(key);
    const input: Record<string, unknown> = { category, status };
    for (const field of TEXT_FIELDS) if (cells[field] !== undefined) input[field] = cells[field];
    const current = modelBy.get(key);
    if (!current) {
      const create = { ...input, unitId };
      const parsed = models.def.createInput.safeParse(create);
      if (!parsed.success) errors.push(...fieldErrors(parsed.error));
      else if (!models.resourcePermissions(viewer).create) errors.push({ column: 'wardCode', message: 'you may not add models here' });
      return errors.length ? { result } : { result: { ...result, status: 'CREATE' }, create };
    }
    // The name may differ only in accents or case: the stored spelling stays.
    const changed = Object.fromEntries(Object.entries(input).filter(([k, v]) => k !== 'name' && (current as unknown as Record<string, unknown>)[k] !== v));
    if (!Object.keys(changed).length) return { result: { ...result, status: 'UNCHANGED', name: current.name } };
    const parsed = models.def.updateInput.safeParse(changed);
    const mayChange = models.def.access.updatableFields?.(viewer);
    for (const k of Object.keys(changed)) if (mayChange && !mayChange.includes(k)) errors.push({ column: k, message: 'your role may not change this field' });
    if (!parsed.success) errors.push(...fieldErrors(parsed.error));
    else if (!models.permissions(viewer, current).update) errors.push({ column: 'name', message: 'you may not change this model' });
    if (errors.length) return { result };
    return { result: { ...result, status: 'UPDATE', name: current.name }, update: { id: String(current._id), version: current.version, input: changed } };
  });
}

export async function importModels(viewer: Viewer, body: Buffer, dryRun: boolean): Promise<ImportResult> {
  const planned = await plan(viewer, await readSheet(body, IMPORT_COLUMNS.models));
  if (!dryRun) {
    for (const p of planned) {
      try {
        if (p.create) await models.create(viewer, p.create);
        else if (p.update) await models.update(viewer, p.update.id, p.update.input, p.update.version);
      } catch (error) {
        p.result.status = 'ERROR';
        p.result.errors.push({ column: 'name', message: (error as Error).message });
      }
    }
  }
  return summarise(dryRun, planned.map((p) => p.result));
}
