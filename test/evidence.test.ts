/**
 * Evidence files (hồ sơ minh chứng) over real HTTP with multipart uploads: who may add, read and
 * remove them, what may be uploaded (by content, not by name), the limits, the lock once
 * submitted, the audit trail, `Assessment.evidence` and the dossier ZIP with its scoring list.
 */
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { Types } from 'mongoose';
import { AuditEntry } from '../api/core/audit-log';
import { blobBuffer, defaultStorage, putBlob, removeBlob, CHUNK_BYTES } from '../api/evidence/blob-store';
import { EvidenceFile } from '../api/evidence/evidence.model';
import { removeEvidenceOf } from '../api/evidence/evidence.service';
import { codeOf, fixtureIds, startTestApp, type FixtureIds, type TestApp } from './helpers/app';
import { png } from './helpers/files';

let app: TestApp;
let id: FixtureIds;
let assessmentId: string;
let programmeId: string;
const crit: Record<string, string> = {};

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
/** A Windows executable's first bytes (MZ header, PE signature at 0x80). */
const EXE = (() => {
  const b = Buffer.alloc(512, 0);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'latin1');
  return b;
})();

interface Answer {
  status: number;
  body: { id?: string; errors?: Array<{ message: string; extensions: { code: string; reason?: string } }> };
}

async function upload(as: string | null, fields: { assessmentId?: string; criterionId?: string }, data: Buffer, name: string, type = 'application/octet-stream'): Promise<Answer> {
  const form = new FormData();
  if (fields.assessmentId) form.set('assessmentId', fields.assessmentId);
  if (fields.criterionId) form.set('criterionId', fields.criterionId);
  form.set('file', new Blob([data], { type }), name);
  const headers: Record<string, string> = as ? { authorization: `Bearer ${await app.token(as)}` } : {};
  const res = await fetch(`${app.url}/files`, { method: 'POST', body: form, headers });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}

async function download(as: string | null, path: string): Promise<Response> {
  const headers: Record<string, string> = as ? { authorization: `Bearer ${await app.token(as)}` } : {};
  return fetch(`${app.url}${path}`, { headers });
}

const EVIDENCE = `query($id: ID!) { assessment(id: $id) { id dossierPath criteriaSetVersion
  evidence { id name contentType size criterionId addedAt addedBy { username displayName } downloadPath } } }`;
type Evidence = { id: string; name: string; contentType: string; size: number; criterionId: string | null; addedAt: string; addedBy: { username: string; displayName: string | null }; downloadPath: string };
const evidenceOf = async (as = 'admin', of = assessmentId) => (await app.gql<{ assessment: { evidence: Evidence[]; dossierPath: string } }>(EVIDENCE, { id: of }, as)).data?.assessment;

beforeAll(async () => {
  app = await startTestApp();
  id = await fixtureIds(app);
  const set = await app.gql<{ createCriteriaSet: { id: string; criteria: Array<{ id: string; code: string }> } }>(
    'mutation($input: CriteriaSetCreateInput!) { createCriteriaSet(input: $input) { id criteria { id code } } }',
    {
      input: {
        name: 'Khu dân cư an toàn (thử minh chứng)',
        groups: [{ code: '1', title: 'Tổ chức' }],
        criteria: [
          { code: '1.1', title: 'Có quyết định thành lập tổ', group: '1', kind: 'PASS_FAIL', required: true },
          { code: '1.2', title: 'Họp định kỳ hằng tháng', group: '1', kind: 'POINTS', maxScore: 10, required: false },
        ],
        thresholds: [{ classification: 'Đạt', minTotal: 5 }],
      },
    },
    'admin',
  );
  const [first, second] = set.data?.createCriteriaSet.criteria ?? [];
  Object.assign(crit, { first: first?.id, second: second?.id });
  const programme = await app.gql<{ createProgramme: { id: string } }>(
    'mutation($input: ProgrammeCreateInput!) { createProgramme(input: $input) { id } }',
    { input: { code: 'MC', name: 'Khu dân cư an toàn về ANTT', ratedLevel: 'NEIGHBOURHOOD', recognizingLevel: 'WARD', period: 'YEAR', criteriaSetId: set.data?.createCriteriaSet.id } },
    'admin',
  );
  programmeId = programme.data?.createProgramme.id as string;
  const created = await app.gql<{ createAssessment: { id: string } }>(
    'mutation($input: AssessmentCreateInput!) { createAssessment(input: $input) { id } }',
    { input: { programmeId, subjectId: id.tdp32, year: 2026, results: [{ criterionId: crit.first, met: true, note: 'Quyết định số 12/QĐ-UBND' }, { criterionId: crit.second, score: 7 }] } },
    'tdp32',
  );
  assessmentId = created.data?.createAssessment.id as string;
  if (!assessmentId) throw new Error(`no assessment: ${JSON.stringify(created.errors)}`);
});
afterAll(() => app.close());

describe('storage in the database', () => {
  test('GridFS and the keyed-chunk layout both give the bytes back and leave nothing after removal', async () => {
    const data = Buffer.alloc(CHUNK_BYTES * 2 + 1234);
    for (let i = 0; i < data.length; i++) data[i] = (i * 31) & 255;
    for (const storage of ['gridfs', 'chunks'] as const) {
      const fileId = new Types.ObjectId();
      const stored = await putBlob(fileId, data, storage);
      expect(stored).toMatchObject({ storage, chunkCount: 3 });
      expect((await blobBuffer(fileId, stored)).equals(data)).toBe(true);
      await removeBlob(fileId, stored);
      await expect(blobBuffer(fileId, stored)).rejects.toThrow();
    }
  });

  test('on FerretDB the files go to the keyed chunks (GridFS downloads would scan every chunk)', async () => {
    expect(await defaultStorage()).toBe(process.env.TEST_DATABASE_KIND === 'ferretdb' ? 'chunks' : 'gridfs');
  });
});

describe('uploading', () => {
  test('anonymous callers are refused before the body is read', async () => {
    const res = await upload(null, { assessmentId }, PDF, 'x.pdf');
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  test.each([
    ['tdp32', 201],
    ['thaonguyen', 201],
    ['sonla', 201],
    ['admin', 201],
    ['viewer', 403],
    ['buonmathuot', 404],
    ['yencuong', 404],
    ['ninhbinh', 404],
  ])('%s uploads to the draft of Tổ dân phố 3/2 → %d', async (user, status) => {
    const res = await upload(user, { assessmentId, criterionId: crit.first }, PDF, `quyet-dinh-${user}.pdf`, 'application/pdf');
    expect(res.status).toBe(status);
    if (status === 201) expect(res.body.id).toMatch(/^[0-9a-f]{24}$/);
    else expect(res.body.errors?.[0]?.extensions.code).toBe(status === 403 ? 'FORBIDDEN' : 'NOT_FOUND');
  });

  test('the type is read from the content: an .exe renamed .pdf, and plain text, are refused', async () => {
    const exe = await upload('tdp32', { assessmentId }, EXE, 'bien-ban.pdf', 'application/pdf');
    expect(exe.status).toBe(415);
    expect(exe.body.errors?.[0]?.extensions).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE', reason: 'UNSUPPORTED_TYPE' });
    expect(exe.body.errors?.[0]?.message).toContain('application/x-msdownload');
    const text = await upload('tdp32', { assessmentId }, Buffer.from('<script>alert(1)</script>'), 'anh.png', 'image/png');
    expect(text.status).toBe(415);
  });

  test('photos, DOCX and XLSX are accepted and typed by their content', async () => {
    const photo = await upload('tdp32', { assessmentId, criterionId: crit.second }, png(), 'Ảnh buổi họp tháng 5.png', 'application/octet-stream');
    expect(photo.status).toBe(201);
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Biên bản họp tổ')] }] }));
    const doc = await upload('tdp32', { assessmentId }, docx, 'Biên bản họp.docx');
    expect(doc.status).toBe(201);
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Danh sách').addRow(['Hộ gia đình', 'Ký cam kết']);
    const sheet = await upload('tdp32', { assessmentId, criterionId: crit.first }, Buffer.from(await book.xlsx.writeBuffer()), 'danh-sach-ky-cam-ket.xlsx');
    expect(sheet.status).toBe(201);
    const listed = await evidenceOf();
    expect(listed?.evidence.find((e) => e.id === photo.body.id)).toMatchObject({ name: 'Ảnh buổi họp tháng 5.png', contentType: 'image/png', criterionId: crit.second });
    expect(listed?.evidence.find((e) => e.id === sheet.body.id)?.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(listed?.evidence.find((e) => e.id === doc.body.id)).toMatchObject({
      name: 'Biên bản họp.docx',
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      criterionId: null,
    });
  });

  test('empty files, missing files and foreign criteria are refused', async () => {
    const empty = await upload('tdp32', { assessmentId }, Buffer.alloc(0), 'rong.pdf');
    expect(empty.status).toBe(400);
    expect(empty.body.errors?.[0]?.extensions.reason).toBe('EMPTY_FILE');
    const form = new FormData();
    form.set('assessmentId', assessmentId);
    const none = await fetch(`${app.url}/files`, { method: 'POST', body: form, headers: { authorization: `Bearer ${await app.token('tdp32')}` } });
    expect(none.status).toBe(400);
    const foreign = await upload('tdp32', { assessmentId, criterionId: new Types.ObjectId().toHexString() }, PDF, 'x.pdf');
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const noAssessment = await upload('tdp32', {}, PDF, 'x.pdf');
    expect(noAssessment.status).toBe(400);
    const json = await fetch(`${app.url}/files`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', authorization: `Bearer ${await app.token('tdp32')}` } });
    expect(json.status).toBe(415);
  });

  test('limits: the file size, the total per assessment and the number of files', async () => {
    const saved = { ...app.config };
    try {
      app.config.evidenceMaxFileBytes = 2000;
      const big = Buffer.concat([PDF, Buffer.alloc(5000, 32)]);
      const tooBig = await upload('tdp32', { assessmentId }, big, 'lon.pdf');
      expect(tooBig.status).toBe(413);
      expect(tooBig.body.errors?.[0]?.extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE', reason: 'FILE_TOO_LARGE' });
      // Just over the limit (the parser lets limit + 1 bytes through; the service refuses them).
      const justOver = await upload('tdp32', { assessmentId }, Buffer.concat([PDF, Buffer.alloc(2001 - PDF.length, 32)]), 'lon.pdf');
      expect(justOver.status).toBe(413);
      app.config.evidenceMaxFileBytes = saved.evidenceMaxFileBytes;

      const used = (await evidenceOf())?.evidence.reduce((sum, e) => sum + e.size, 0) ?? 0;
      app.config.evidenceMaxAssessmentBytes = used + PDF.length - 1;
      const quota = await upload('tdp32', { assessmentId }, PDF, 'them.pdf');
      expect(quota.status).toBe(413);
      expect(quota.body.errors?.[0]?.extensions.reason).toBe('ASSESSMENT_QUOTA');
      app.config.evidenceMaxAssessmentBytes = saved.evidenceMaxAssessmentBytes;

      app.config.evidenceMaxFiles = (await evidenceOf())?.evidence.length ?? 0;
      const count = await upload('tdp32', { assessmentId }, PDF, 'them.pdf');
      expect(count.status).toBe(409);
      expect(count.body.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', reason: 'TOO_MANY_FILES' });
    } finally {
      Object.assign(app.config, saved);
    }
    const limits = await app.gql<{ evidenceLimits: { maxFileBytes: number; maxAssessmentBytes: number; maxFilesPerAssessment: number; contentTypes: string[] } }>(
      '{ evidenceLimits { maxFileBytes maxAssessmentBytes maxFilesPerAssessment contentTypes } }',
      {},
      'tdp32',
    );
    expect(limits.data?.evidenceLimits).toMatchObject({ maxFileBytes: 20 * 1024 * 1024, maxAssessmentBytes: 100 * 1024 * 1024, maxFilesPerAssessment: 50 });
    expect(limits.data?.evidenceLimits.contentTypes).toEqual(expect.arrayContaining(['application/pdf', 'image/jpeg', 'image/png']));
  });
});

describe('reading', () => {
  test('Assessment.evidence lists every file oldest first with who added it; out of scope there is nothing', async () => {
    const listed = await evidenceOf('thaonguyen');
    const names = listed?.evidence.map((e) => e.name) ?? [];
    expect(names.slice(0, 4)).toEqual(['quyet-dinh-tdp32.pdf', 'quyet-dinh-thaonguyen.pdf', 'quyet-dinh-sonla.pdf', 'quyet-dinh-admin.pdf']);
    const first = listed?.evidence[0] as Evidence;
    expect(first).toMatchObject({ contentType: 'application/pdf', size: PDF.length, criterionId: crit.first, addedBy: { username: 'tdp32', displayName: expect.any(String) }, downloadPath: `/files/${first.id}` });
    const times = listed?.evidence.map((e) => Date.parse(e.addedAt)) ?? [];
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(listed?.dossierPath).toBe(`/exports/assessments/${assessmentId}/dossier.zip`);
    expect(codeOf(await app.gql(EVIDENCE, { id: assessmentId }, 'buonmathuot'))).toBe('NOT_FOUND');
  });

  test('the files of a whole list of assessments are read in one query', async () => {
    await app.gql('mutation($input: AssessmentCreateInput!) { createAssessment(input: $input) { id } }', { input: { programmeId, subjectId: id.tdp1, year: 2026 } }, 'thaonguyen');
    const query = '{ assessments(page: { limit: 50 }) { items { id evidence { id name } } } }';
    const bare = '{ assessments(page: { limit: 50 }) { items { id } } }';
    await app.gql(query, {}, 'admin');
    const without = await app.countCommands(() => app.gql(bare, {}, 'admin'));
    const counted = await app.countCommands(() => app.gql(query, {}, 'admin'));
    const res = await app.gql<{ assessments: { items: Array<{ id: string; evidence: Array<{ id: string }> }> } }>(query, {}, 'admin');
    expect(res.data?.assessments.items.length).toBeGreaterThanOrEqual(2);
    expect(res.data?.assessments.items.find((a) => a.id === assessmentId)?.evidence.length).toBeGreaterThan(4);
    // One find more than the list alone: every assessment's files at once.
    expect((counted.byName.find ?? 0) - (without.byName.find ?? 0)).toBe(1);
  });

  test.each([
    ['tdp32', 200],
    ['thaonguyen', 200],
    ['sonla', 200],
    ['viewer', 200],
    ['admin', 200],
    ['buonmathuot', 404],
    ['ninhbinh', 404],
    [null, 401],
  ])('%s downloads a file of Tổ dân phố 3/2 → %d', async (user, status) => {
    const file = (await evidenceOf())?.evidence[0] as Evidence;
    const res = await download(user, file.downloadPath);
    expect(res.status).toBe(status);
    if (status !== 200) {
      const body = (await res.json()) as Answer['body'];
      expect(body.errors?.[0]?.extensions.code).toBe(status === 401 ? 'UNAUTHENTICATED' : 'NOT_FOUND');
      return;
    }
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="?quyet-dinh-tdp32\.pdf"?(;|$)/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
  });

  test('a download is always an attachment, named safely, with its real type', async () => {
    const file = (await evidenceOf())?.evidence.find((e) => e.name === 'Biên bản họp.docx') as Evidence;
    const res = await download('thaonguyen', file.downloadPath);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename=Bien-ban-hop.docx; filename*=UTF-8''Bi%C3%AAn-b%E1%BA%A3n-h%E1%BB%8Dp.docx`);
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
    // A photo whose name claims another type is saved with the extension of what it is.
    const renamed = await upload('tdp32', { assessmentId }, png(), 'anh.html', 'text/html');
    expect(renamed.status).toBe(201);
    const photo = await download('tdp32', `/files/${renamed.body.id}`);
    expect(photo.headers.get('content-type')).toBe('image/png');
    expect(photo.headers.get('content-disposition')).toMatch(/^attachment; filename="?anh\.html\.png"?(;|$)/);
    expect((await download('tdp32', '/files/not-an-id')).status).toBe(404);
    expect((await download('tdp32', `/files/${new Types.ObjectId().toHexString()}`)).status).toBe(404);
  });
});

describe('removing, locking and the audit trail', () => {
  test('deleteEvidence: refused outside the scope and to read-only roles; the file is then gone', async () => {
    const added = await upload('tdp32', { assessmentId }, PDF, 'nham.pdf');
    const DELETE = 'mutation($id: ID!) { deleteEvidence(id: $id) }';
    expect(codeOf(await app.gql(DELETE, { id: added.body.id }, 'buonmathuot'))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(DELETE, { id: added.body.id }, 'viewer'))).toBe('FORBIDDEN');
    const done = await app.gql<{ deleteEvidence: string }>(DELETE, { id: added.body.id }, 'tdp32');
    expect(done.data?.deleteEvidence).toBe(added.body.id);
    expect((await download('tdp32', `/files/${added.body.id}`)).status).toBe(404);
    expect(await EvidenceFile.countDocuments({ _id: new Types.ObjectId(added.body.id) })).toBe(0);
    const entries = await AuditEntry.find({ entityType: 'EvidenceFile', entityId: new Types.ObjectId(added.body.id) }).lean();
    expect(entries.map((e) => [e.action, e.username])).toEqual(
      expect.arrayContaining([
        ['CREATE', 'tdp32'],
        ['DELETE', 'tdp32'],
      ]),
    );
  });

  test('the files of a deleted draft go with it', async () => {
    const draft = await app.gql<{ createAssessment: { id: string } }>(
      'mutation($input: AssessmentCreateInput!) { createAssessment(input: $input) { id } }',
      { input: { programmeId, subjectId: id.tdp32, year: 2024 } },
      'tdp32',
    );
    const draftId = draft.data?.createAssessment.id as string;
    const added = await upload('tdp32', { assessmentId: draftId }, PDF, 'bo.pdf');
    expect(added.status).toBe(201);
    const deleted = await app.gql<{ deleteAssessment: string }>('mutation($id: ID!) { deleteAssessment(id: $id) }', { id: draftId }, 'tdp32');
    expect(deleted.errors).toBeUndefined();
    expect(await EvidenceFile.countDocuments({ assessmentId: new Types.ObjectId(draftId) })).toBe(0);
    expect((await download('tdp32', `/files/${added.body.id}`)).status).toBe(404);
    expect(await AuditEntry.countDocuments({ entityType: 'EvidenceFile', entityId: new Types.ObjectId(added.body.id), action: 'DELETE' })).toBe(1);
    // A second call finds nothing left.
    const viewer = { userId: new Types.ObjectId(), username: 'tdp32', role: 'NEIGHBOURHOOD_HEAD' as const, scope: null };
    expect(await removeEvidenceOf(viewer, new Types.ObjectId(draftId))).toBe(0);
  });

  test('every upload is in the audit log, read by those who may read the assessment', async () => {
    const total = await EvidenceFile.countDocuments({ assessmentId: new Types.ObjectId(assessmentId) });
    const Q = '{ auditEntries(filter: { entityType: "EvidenceFile" }, page: { limit: 100 }) { total items { action username after } } }';
    type Log = { auditEntries: { total: number; items: Array<{ action: string; username: string; after: { name?: string; assessmentId?: string } | null }> } };
    const ward = await app.gql<Log>(Q, {}, 'thaonguyen');
    const creates = ward.data?.auditEntries.items.filter((e) => e.action === 'CREATE') ?? [];
    // Besides those still stored: the two removed above.
    expect(creates.length).toBe(total + 2);
    expect(creates.map((e) => e.username)).toEqual(expect.arrayContaining(['tdp32', 'thaonguyen', 'sonla', 'admin']));
    const other = await app.gql<Log>(Q, {}, 'buonmathuot');
    expect(other.data?.auditEntries.total).toBe(0);
  });

  test('once submitted the files are locked with the results, and still downloadable', async () => {
    const keep = (await evidenceOf())?.evidence[0] as Evidence;
    const submit = await app.gql<{ transitionAssessment: { status: string } }>(
      'mutation($id: ID!) { transitionAssessment(id: $id, action: SUBMIT) { status } }',
      { id: assessmentId },
      'tdp32',
    );
    expect(submit.data?.transitionAssessment.status).toBe('SUBMITTED');
    for (const user of ['tdp32', 'thaonguyen']) {
      const res = await upload(user, { assessmentId }, PDF, 'muon.pdf');
      expect(res.status).toBe(409);
      expect(res.body.errors?.[0]?.extensions.code).toBe('CONFLICT');
      const removal = await app.gql('mutation($id: ID!) { deleteEvidence(id: $id) }', { id: keep.id }, user);
      expect(codeOf(removal)).toBe('CONFLICT');
    }
    expect((await download('thaonguyen', keep.downloadPath)).status).toBe(200);
  });
});

describe('the dossier for recognition', () => {
  test('one ZIP: the scoring list as DOCX (criteria, results, notes, evidence names, history) and every file by criterion', async () => {
    const res = await download('thaonguyen', `/exports/assessments/${assessmentId}/dossier.zip`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="?ho-so-de-nghi-cong-nhan-To-dan-pho-3-2-2026\.zip"?;/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const paths = Object.keys(zip.files).filter((p) => !zip.files[p]?.dir);
    expect(paths).toEqual(
      expect.arrayContaining([
        'danh-sach-cham-diem.docx',
        'minh-chung/1.1/quyet-dinh-tdp32.pdf',
        'minh-chung/1.1/quyet-dinh-admin.pdf',
        'minh-chung/1.2/Ảnh buổi họp tháng 5.png',
        'minh-chung/chung/Biên bản họp.docx',
        'minh-chung/chung/anh.html.png',
      ]),
    );
    expect((await zip.file('minh-chung/1.1/quyet-dinh-tdp32.pdf')?.async('nodebuffer'))?.equals(PDF)).toBe(true);
    const docx = await JSZip.loadAsync((await zip.file('danh-sach-cham-diem.docx')?.async('nodebuffer')) as Buffer);
    const xml = (await docx.file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/g, ' ');
    for (const expected of ['DANH SÁCH CHẤM ĐIỂM', 'Tổ dân phố 3/2', 'Khu dân cư an toàn về ANTT', 'năm 2026', 'phiên bản 1', '1.1', 'Có quyết định thành lập tổ', 'Đạt', '1.2', '7/10 điểm', 'Quyết định số 12/QĐ-UBND', 'quyet-dinh-tdp32.pdf', 'Ảnh buổi họp tháng 5.png', 'Biên bản họp.docx', 'Chờ thẩm định', 'Gửi thẩm định']) {
      expect(text).toContain(expected);
    }
  });

  test('the dossier keeps the edition of the criteria set the assessment was rated on', async () => {
    const before = await app.gql<{ assessment: { programme: { criteriaSetId: string } } }>('query($id: ID!) { assessment(id: $id) { programme { criteriaSetId } } }', { id: assessmentId }, 'admin');
    const setId = before.data?.assessment.programme.criteriaSetId;
    // 1.2 is dropped and 1.3 added: a new edition, while this assessment stays on edition 1.
    const changed = await app.gql(
      'mutation($id: ID!, $input: CriteriaSetUpdateInput!) { updateCriteriaSet(id: $id, input: $input) { id } }',
      {
        id: setId,
        input: {
          criteria: [
            { id: crit.first, code: '1.1', title: 'Có quyết định thành lập tổ', group: '1', kind: 'PASS_FAIL', required: true },
            { code: '1.3', title: 'Có camera an ninh', group: '1', kind: 'PASS_FAIL', required: false },
          ],
          thresholds: [{ classification: 'Đạt', minTotal: 1 }],
        },
      },
      'admin',
    );
    expect(changed.errors).toBeUndefined();
    const res = await download('admin', `/exports/assessments/${assessmentId}/dossier.zip`);
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    expect(zip.file('minh-chung/1.2/Ảnh buổi họp tháng 5.png')).not.toBeNull();
    const docx = await JSZip.loadAsync((await zip.file('danh-sach-cham-diem.docx')?.async('nodebuffer')) as Buffer);
    const text = ((await docx.file('word/document.xml')?.async('string')) ?? '').replace(/<[^>]+>/g, ' ');
    expect(text).toContain('Họp định kỳ hằng tháng');
    expect(text).toContain('phiên bản 1');
    expect(text).not.toContain('Có camera an ninh');
  });

  test.each([
    ['tdp32', 200],
    ['viewer', 200],
    ['buonmathuot', 404],
    [null, 401],
  ])('%s downloads the dossier → %d', async (user, status) => {
    expect((await download(user, `/exports/assessments/${assessmentId}/dossier.zip`)).status).toBe(status);
  });
});
