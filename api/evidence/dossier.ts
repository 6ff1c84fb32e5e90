/**
 * The dossier for recognition (hồ sơ đề nghị công nhận) of one assessment, as one ZIP:
 * `danh-sach-cham-diem.docx` (the scoring list: subject, programme, period, criteria set and its
 * version, every criterion with its code, title, result, note and the names of its evidence,
 * total, classification and the status history) and the evidence files themselves under
 * `minh-chung/<criterion code>/` (`minh-chung/chung/` for the assessment as a whole).
 */
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import JSZip from 'jszip';
import mongoose from 'mongoose';
import type { Viewer } from '../core/access';
import type { AssessmentDoc } from '../assessments/assessment.model';
import type { CriteriaSetDoc, CriterionDoc } from '../programmes/criteria-set.model';
import { Programme } from '../programmes/programme.model';
import { formatInstant, formatQuarter } from '../../rules/dates';
import { isMet } from '../../rules/scoring';
import { blobBuffer } from './blob-store';
import type { EvidenceFileDoc } from './evidence.model';
import { criteriaSetOf, downloadName, evidenceOfAssessments } from './evidence.service';

const FONT = 'Times New Roman';
const pt = (size: number) => size * 2;
const mm = (millimetres: number) => Math.ceil((millimetres * 1440) / 25.4);
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
const WIDTH = A4.width - MARGIN.left - MARGIN.right;

export const STATUS_VI: Record<AssessmentDoc['status'], string> = {
  DRAFT: 'Đang soạn (chưa gửi)',
  SUBMITTED: 'Chờ thẩm định',
  APPRAISED: 'Đã thẩm định, chờ công nhận',
  RETURNED: 'Trả lại để bổ sung',
  RECOGNIZED: 'Đã công nhận',
  NOT_RECOGNIZED: 'Không được công nhận',
};
const ACTION_VI: Record<string, string> = { SUBMIT: 'Gửi thẩm định', APPRAISE: 'Thẩm định đạt', RETURN: 'Trả lại', RECOGNIZE: 'Công nhận', NOT_RECOGNIZE: 'Không công nhận' };

/** The collection of each kind of subject, by the model name it is registered under. */
const SUBJECT_MODELS: Record<AssessmentDoc['subjectLevel'], string> = {
  NEIGHBOURHOOD: 'Neighbourhood',
  WARD: 'Ward',
  MODEL: 'Model',
  ESTABLISHMENT: 'Establishment',
  ORGANISATION: 'Organisation',
};

/** The subject's name: whoever reads the assessment reads what it is about. */
async function subjectName(a: AssessmentDoc): Promise<string> {
  const name = SUBJECT_MODELS[a.subjectLevel];
  if (!name || !mongoose.modelNames().includes(name)) return String(a.subjectId);
  const found = await mongoose.model(name).findById(a.subjectId, { name: 1 }).lean<{ name?: string }>();
  return found?.name ?? String(a.subjectId);
}

const run = (text: string, bold = false, size = 12) => new TextRun({ text, bold, size: pt(size), font: FONT });
const para = (text: string, options: { bold?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; before?: number } = {}) =>
  new Paragraph({ alignment: options.align ?? AlignmentType.LEFT, spacing: { before: options.before ?? 0, after: options.after ?? 80 }, children: [run(text, options.bold, options.size ?? 13)] });
const field = (label: string, value: string) =>
  new Paragraph({ spacing: { after: 60 }, children: [run(`${label}: `, true, 13), run(value, false, 13)] });

function table(headers: string[], rows: string[][], weights: number[]): Table {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((WIDTH * w) / sum));
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (text, i) =>
          new TableCell({
            width: { size: widths[i] as number, type: WidthType.DXA },
            children: (text || '—').split('\n').map((line) => new Paragraph({ alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run(line, header, 11)] })),
          }),
      ),
    });
  return new Table({ width: { size: WIDTH, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, rows: [row(headers, true), ...rows.map((r) => row(r, false))] });
}

function resultText(c: CriterionDoc, r: AssessmentDoc['results'][number] | undefined): string {
  if (!r) return 'Chưa chấm';
  if (c.kind === 'POINTS') return r.score == null ? 'Chưa chấm' : `${r.score}${c.maxScore != null ? `/${c.maxScore}` : ''} điểm`;
  if (r.met == null) return 'Chưa chấm';
  return isMet(c, r) ? 'Đạt' : 'Không đạt';
}

export interface DossierData {
  assessment: AssessmentDoc;
  set: CriteriaSetDoc | null;
  programmeName: string;
  subject: string;
  files: EvidenceFileDoc[];
}

export async function dossierData(viewer: Viewer, assessment: AssessmentDoc): Promise<DossierData> {
  const [set, programme, subject, [files]] = await Promise.all([
    criteriaSetOf(viewer, assessment),
    Programme.findById(assessment.programmeId, { name: 1 }).lean<{ name: string }>(),
    subjectName(assessment),
    evidenceOfAssessments([String(assessment._id)]),
  ]);
  return { assessment, set, programmeName: programme?.name ?? '', subject, files: files ?? [] };
}

/** The scoring list (danh sách chấm điểm) as DOCX. */
export function scoringListDocx(d: DossierData): Promise<Buffer> {
  const a = d.assessment;
  const filesOf = (criterionId: string | null) => d.files.filter((f) => (f.criterionId ? String(f.criterionId) : null) === criterionId);
  const byCriterion = new Map(a.results.map((r) => [String(r.criterionId), r]));
  const rows = (d.set?.criteria ?? []).map((c) => {
    const r = byCriterion.get(String(c._id));
    const evidence = [...filesOf(String(c._id)).map((f) => f.name), ...(r?.evidence ?? [])];
    return [c.code, `${c.title}${c.required ? ' (bắt buộc)' : ''}`, resultText(c, r), r?.note ?? '', evidence.join('\n')];
  });
  const general = filesOf(null);
  const history = a.history.map((s) => [formatInstant(s.at), ACTION_VI[s.action] ?? s.action, s.byName, s.note ?? '']);
  const doc = new Document({
    creator: 'ANTT',
    title: `Danh sách chấm điểm — ${d.subject}`,
    styles: { default: { document: { run: { font: FONT } } } },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGIN } },
        children: [
          para('HỒ SƠ ĐỀ NGHỊ CÔNG NHẬN', { bold: true, size: 14, align: AlignmentType.CENTER }),
          para('DANH SÁCH CHẤM ĐIỂM', { bold: true, size: 14, align: AlignmentType.CENTER, after: 240 }),
          field('Đối tượng', d.subject),
          field('Phong trào, chương trình', d.programmeName),
          field('Kỳ đánh giá', formatQuarter(a.year, a.quarter || null)),
          field('Bộ tiêu chí', d.set ? `${d.set.name} (phiên bản ${a.criteriaSetVersion ?? 1})` : '—'),
          field('Trạng thái', STATUS_VI[a.status] ?? a.status),
          field('Tổng điểm', String(a.total ?? 0)),
          field('Xếp loại', a.classification ?? 'Chưa xếp loại'),
          para('Kết quả từng tiêu chí', { bold: true, before: 200 }),
          table(['Mã', 'Tiêu chí', 'Kết quả', 'Ghi chú', 'Minh chứng'], rows, [8, 36, 14, 20, 22]),
          para('Minh chứng chung của hồ sơ', { bold: true, before: 200 }),
          ...(general.length ? general.map((f) => para(`– ${f.name}`)) : [para('Không có')]),
          para('Quá trình xử lý', { bold: true, before: 200 }),
          history.length ? table(['Thời gian', 'Bước', 'Người thực hiện', 'Ghi chú'], history, [22, 22, 22, 34]) : para('Chưa gửi thẩm định'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A path segment safe in any unzip tool: no separators, no control characters, no dot names. */
const segment = (text: string) => text.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '-').replace(/^\.+/, '').trim().slice(0, 150) || 'tep';

/** The ZIP: the scoring list and every file, in folders per criterion code. */
export async function dossierZip(d: DossierData): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('danh-sach-cham-diem.docx', await scoringListDocx(d));
  const codes = new Map((d.set?.criteria ?? []).map((c) => [String(c._id), c.code]));
  const used = new Set<string>();
  for (const f of d.files) {
    const folder = f.criterionId ? segment(codes.get(String(f.criterionId)) ?? 'tieu-chi-khac') : 'chung';
    const name = segment(downloadName(f));
    let target = `minh-chung/${folder}/${name}`;
    for (let i = 2; used.has(target.toLowerCase()); i++) target = `minh-chung/${folder}/${name.replace(/(\.[^.]*)?$/, (ext) => ` (${i})${ext}`)}`;
    used.add(target.toLowerCase());
    zip.file(target, await blobBuffer(f._id, f), { date: f.addedAt });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** ho-so-de-nghi-cong-nhan-<subject>-<year>[-q<quarter>].zip */
export const dossierFileName = (d: DossierData) => `ho-so-de-nghi-cong-nhan-${d.subject}-${d.assessment.year}${d.assessment.quarter ? `-q${d.assessment.quarter}` : ''}.zip`;
