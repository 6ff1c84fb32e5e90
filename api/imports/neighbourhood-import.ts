/**
 * Neighbourhoods from a spreadsheet (units keep their lists in Excel): each row is matched on
 * its ward's code and its own code, then created, updated (only what differs) or left as it is.
 * A dry run answers what would happen to every row, with each error's row and column, before
 * anything is written; the import writes the valid rows through the same repository (scope,
 * validation, version, audit), so running it twice changes nothing the second time.
 */
import sift from 'sift';
import type { Viewer } from '../core/access';
import { allOf } from '../core/access';
import { foldText } from '../core/text';
import { neighbourhoods, wards } from '../hierarchy/hierarchy.service';
import { Neighbourhood, type NeighbourhoodDoc } from '../hierarchy/neighbourhood.model';
import { Ward, type WardDoc } from '../hierarchy/ward.model';
import { NEIGHBOURHOOD_TYPES } from '../hierarchy/neighbourhood.model';
import type { NeighbourhoodType } from '../../rules/contract';
import { fieldErrors, readSheet, summarise, type ImportResult, type RowResult, type SheetRow } from './spreadsheet';
import { IMPORT_COLUMNS } from '../../rules/imports';


/** The words units write for each type, without diacritics (the enum's own names are accepted too). */
const TYPE_WORDS: Record<NeighbourhoodType, string> = { THON: 'thon', XOM: 'xom', TO_DAN_PHO: 'to dan pho', BUON: 'buon', AP: 'ap', KHOM: 'khom', BAN: 'ban' };


type Input = Record<string, unknown>;
interface Planned {
  result: RowResult;
  create?: Input;
  update?: { id: string; version: number; input: Input };
}

function toInput(row: SheetRow, errors: RowResult['errors']): Input {
  const input: Input = {};
  const { cells } = row;
  for (const key of ['code', 'name', 'headName', 'headPhone'] as const) if (cells[key] !== undefined) input[key] = cells[key];
  for (const key of ['households', 'population'] as const) {
    const text = cells[key];
    if (text === undefined) continue;
    const n = Number(text.replace(/[ .,](?=\d{3}\b)/g, ''));
    if (!Number.isInteger(n) || n < 0) errors.push({ column: key, message: 'must be a whole number, 0 or more' });
    else input[key] = n;
  }
  if (cells.type !== undefined) {
    const word = foldText(cells.type);
    const type = NEIGHBOURHOOD_TYPES.find((t) => t === cells.type?.toUpperCase() || TYPE_WORDS[t] === word);
    if (type) input.type = type;
    else errors.push({ column: 'type', message: `is not a kind of neighbourhood (${Object.values(TYPE_WORDS).join(', ')})` });
  }
  return input;
}

async function plan(viewer: Viewer, rows: SheetRow[]): Promise<Planned[]> {
  const wardCodes = [...new Set(rows.map((r) => r.cells.wardCode).filter((c): c is string => !!c))];
  const readWards = wards.def.access.read(viewer);
  const foundWards = readWards === false || !wardCodes.length ? [] : await Ward.find(allOf({ code: { $in: wardCodes } }, readWards)).lean<WardDoc[]>();
  const wardByCode = new Map(foundWards.map((w) => [w.code, w]));
  const readRule = neighbourhoods.def.access.read(viewer);
  const existing =
    readRule === false || !foundWards.length
      ? []
      : await Neighbourhood.find(allOf({ wardId: { $in: foundWards.map((w) => w._id) }, code: { $in: rows.map((r) => r.cells.code).filter(Boolean) } }, readRule)).lean<NeighbourhoodDoc[]>();
  const existingBy = new Map(existing.map((n) => [`${String(n.wardId)}/${n.code}`, n]));
  const [createRule, updateRule] = [neighbourhoods.def.access.create(viewer), neighbourhoods.def.access.update(viewer)];
  const seen = new Set<string>();

  return rows.map((row): Planned => {
    const errors: RowResult['errors'] = [...row.refused];
    const result: RowResult = { row: row.row, status: 'ERROR', code: row.cells.code ?? null, name: row.cells.name ?? null, errors };
    const input = toInput(row, errors);
    const ward = row.cells.wardCode ? wardByCode.get(row.cells.wardCode) : undefined;
    if (!row.cells.wardCode) errors.push({ column: 'wardCode', message: 'is required' });
    else if (!ward) errors.push({ column: 'wardCode', message: `no ward with code ${row.cells.wardCode} in your scope` });
    if (!row.cells.code) errors.push({ column: 'code', message: 'is required' });
    if (!ward || !row.cells.code || errors.length) return { result };
    const key = `${String(ward._id)}/${row.cells.code}`;
    if (seen.has(key)) {
      errors.push({ column: 'code', message: 'appears twice in the file for this ward' });
      return { result };
    }
    seen.add(key);
    const current = existingBy.get(key);
    if (!current) {
      const create = { ...input, wardId: String(ward._id) };
      const parsed = neighbourhoods.def.createInput.safeParse(create);
      if (!parsed.success) errors.push(...fieldErrors(parsed.error));
      else if (createRule === false || !sift(createRule)({ provinceId: ward.provinceId, wardId: ward._id })) errors.push({ column: 'wardCode', message: 'you may not add neighbourhoods to this ward' });
      if (errors.length) return { result };
      return { result: { ...result, status: 'CREATE' }, create };
    }
    const changed = Object.fromEntries(Object.entries(input).filter(([k, v]) => k !== 'code' && (current as unknown as Input)[k] !== v));
    if (!Object.keys(changed).length) return { result: { ...result, status: 'UNCHANGED', name: current.name } };
    const parsed = neighbourhoods.def.updateInput.safeParse(changed);
    const mayChange = neighbourhoods.def.access.updatableFields?.(viewer);
    for (const k of Object.keys(changed)) if (mayChange && !mayChange.includes(k)) errors.push({ column: k, message: 'your role may not change this field' });
    if (!parsed.success) errors.push(...fieldErrors(parsed.error));
    else if (updateRule === false || !sift(updateRule)(current)) errors.push({ column: 'code', message: 'you may not change this neighbourhood' });
    if (errors.length) return { result };
    return { result: { ...result, status: 'UPDATE', name: current.name }, update: { id: String(current._id), version: current.version, input: changed } };
  });
}

/** Reads the file, plans every row and, unless `dryRun`, writes the valid ones. */
export async function importNeighbourhoods(viewer: Viewer, body: Buffer, dryRun: boolean): Promise<ImportResult> {
  const planned = await plan(viewer, await readSheet(body, IMPORT_COLUMNS.neighbourhoods));
  if (!dryRun) {
    // One row at a time, through the repository: a row another user changed meanwhile fails alone (CONFLICT).
    for (const p of planned) {
      try {
        if (p.create) await neighbourhoods.create(viewer, p.create);
        else if (p.update) await neighbourhoods.update(viewer, p.update.id, p.update.input, p.update.version);
      } catch (error) {
        p.result.status = 'ERROR';
        p.result.errors.push({ column: 'code', message: (error as Error).message });
      }
    }
  }
  return summarise(dryRun, planned.map((p) => p.result));
}
