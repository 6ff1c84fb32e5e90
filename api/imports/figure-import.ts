/**
 * Dated figures of models from a spreadsheet (seed 004's kind of table: 128 camera, 762 biển…):
 * each row names a model by its ward's code and its name, and a figure by indicator, period and
 * place. A figure already recorded with that key is updated when its value, unit or note differ;
 * otherwise it is added. Rows of one model are written in one update of its figures, through the
 * models repository (scope, a head's own models only, version, audit); a second run changes nothing.
 */
import type { Viewer } from '../core/access';
import { allOf } from '../core/access';
import { foldText } from '../core/text';
import { wards } from '../hierarchy/hierarchy.service';
import { Ward, type WardDoc } from '../hierarchy/ward.model';
import { SecurityModel, type FigureDoc, type ModelDoc } from '../models/model.model';
import { models } from '../models/model.service';
import { readSheet, summarise, type ImportResult, type RowResult, type SheetRow } from './spreadsheet';
import { IMPORT_COLUMNS } from '../../rules/imports';


const figureKey = (f: { indicator: string; period: string; place: string | null }) => `${foldText(f.indicator)}\u0000${f.period.trim()}\u0000${foldText(f.place ?? '')}`;

interface FigureRow {
  result: RowResult;
  model?: ModelDoc;
  figure?: { indicator: string; value: number; unit: string; period: string; place: string | null; note: string | null };
}

async function plan(viewer: Viewer, rows: SheetRow[]): Promise<FigureRow[]> {
  const wardCodes = [...new Set(rows.map((r) => r.cells.wardCode).filter((c): c is string => !!c))];
  const readWards = wards.def.access.read(viewer);
  const foundWards = readWards === false || !wardCodes.length ? [] : await Ward.find(allOf({ code: { $in: wardCodes } }, readWards)).lean<WardDoc[]>();
  const wardByCode = new Map(foundWards.map((w) => [w.code, w]));
  const readModels = models.def.access.read(viewer);
  const candidates = readModels === false || !foundWards.length ? [] : await SecurityModel.find(allOf({ wardId: { $in: foundWards.map((w) => w._id) } }, readModels)).lean<ModelDoc[]>();
  const modelBy = new Map(candidates.map((m) => [`${String(m.wardId)}/${foldText(m.name)}`, m]));
  const seen = new Set<string>();
  return rows.map((row): FigureRow => {
    const errors: RowResult['errors'] = [...row.refused];
    const { cells } = row;
    const result: RowResult = { row: row.row, status: 'ERROR', code: cells.indicator ?? null, name: cells.model ?? null, errors };
    for (const key of ['wardCode', 'model', 'indicator', 'value', 'unit', 'period'] as const) if (!cells[key] && !row.refused.some((r) => r.column === key)) errors.push({ column: key, message: 'is required' });
    const ward = cells.wardCode ? wardByCode.get(cells.wardCode) : undefined;
    if (cells.wardCode && !ward) errors.push({ column: 'wardCode', message: `no ward with code ${cells.wardCode} in your scope` });
    const model = ward && cells.model ? modelBy.get(`${String(ward._id)}/${foldText(cells.model)}`) : undefined;
    if (ward && cells.model && !model) errors.push({ column: 'model', message: 'no model of that name in this ward' });
    const value = Number((cells.value ?? '').replace(/\s/g, '').replace(',', '.'));
    if (cells.value && !Number.isFinite(value)) errors.push({ column: 'value', message: 'must be a number' });
    if (errors.length || !model) return { result };
    const figure = { indicator: cells.indicator as string, value, unit: cells.unit as string, period: cells.period as string, place: cells.place ?? null, note: cells.note ?? null };
    const key = `${String(model._id)}/${figureKey(figure)}`;
    if (seen.has(key)) {
      errors.push({ column: 'indicator', message: 'the same figure (indicator, period, place) appears twice in the file' });
      return { result };
    }
    seen.add(key);
    const current = model.figures.find((f) => figureKey(f) === figureKey(figure));
    const same = current && current.value === figure.value && current.unit === figure.unit && (figure.note === null || current.note === figure.note);
    return { result: { ...result, status: !current ? 'CREATE' : same ? 'UNCHANGED' : 'UPDATE' }, model, figure };
  });
}

/** The model's figures with the file's rows applied (ids kept, so the repository knows them). */
function mergedFigures(model: ModelDoc, rows: FigureRow[]) {
  const byKey = new Map(rows.map((r) => [figureKey(r.figure as NonNullable<FigureRow['figure']>), r.figure as NonNullable<FigureRow['figure']>]));
  const kept = model.figures.map((f: FigureDoc) => {
    const next = byKey.get(figureKey(f));
    byKey.delete(figureKey(f));
    return { id: String(f._id), indicator: f.indicator, value: next?.value ?? f.value, unit: next?.unit ?? f.unit, period: f.period, place: f.place, planned: f.planned, note: next?.note ?? f.note };
  });
  return [...kept, ...[...byKey.values()].map((f) => ({ ...f, planned: false }))];
}

export async function importFigures(viewer: Viewer, body: Buffer, dryRun: boolean): Promise<ImportResult> {
  const planned = await plan(viewer, await readSheet(body, IMPORT_COLUMNS.figures));
  const changing = planned.filter((p) => p.result.status === 'CREATE' || p.result.status === 'UPDATE');
  const byModel = new Map<string, FigureRow[]>();
  for (const p of changing) byModel.set(String(p.model?._id), [...(byModel.get(String(p.model?._id)) ?? []), p]);
  for (const rows of byModel.values()) {
    const model = rows[0]?.model as ModelDoc;
    const refusal = models.permissions(viewer, model).update ? null : 'you may not change this model';
    const fail = (message: string) => rows.forEach((r) => Object.assign(r.result, { status: 'ERROR' as const, errors: [...r.result.errors, { column: 'model', message }] }));
    if (refusal) {
      fail(refusal);
      continue;
    }
    if (dryRun) continue;
    try {
      await models.update(viewer, String(model._id), { figures: mergedFigures(model, rows) }, model.version);
    } catch (error) {
      fail((error as Error).message);
    }
  }
  return summarise(dryRun, planned.map((p) => p.result));
}
