/**
 * Where the bytes of an evidence file live: in the database itself, in chunks of CHUNK_BYTES.
 *
 * - `gridfs`: MongoDB's GridFS (the driver's GridFSBucket, bucket "evidence") — the standard
 *   layout, readable by mongofiles and every MongoDB tool.
 * - `chunks`: the same chunking in an ordinary collection, `evidenceChunks`, one document per
 *   chunk with `_id: "<fileId>:<n>"`, read back one `_id` lookup per chunk.
 *
 * GridFS works on FerretDB 1.24.2 (upload, download, ranges and delete give the bytes back
 * exactly, its indexes are created), but FerretDB on SQLite pushes down only a single `_id`
 * equality: every GridFS download is `find({ files_id }).sort({ n: 1 })` over the whole chunks
 * collection, data included. Measured: a 50 kB file took 8 ms with nothing else stored and
 * 3.9 s once 100 MB of other files were stored (a chunk by `_id`: 43 ms), and it grows with
 * every upload. So on FerretDB the files go to `chunks`; on MongoDB to GridFS. Each file
 * records which holds it, so reading never guesses.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import mongoose, { type mongo, type Types } from 'mongoose';

// The driver mongoose itself runs on (a second copy of `mongodb` may be installed beside it).
type Db = mongo.Db;
type Binary = mongo.Binary;
const { GridFSBucket } = mongoose.mongo;

export type BlobStorage = 'gridfs' | 'chunks';

/** GridFS's default chunk size (255 KiB), used by both layouts. */
export const CHUNK_BYTES = 255 * 1024;
const BUCKET = 'evidence';
const CHUNKS = 'evidenceChunks';

interface ChunkDoc {
  _id: string;
  fileId: Types.ObjectId;
  n: number;
  /** A Buffer when written, a BSON Binary when read back. */
  data: Buffer | Binary;
}

export interface StoredBlob {
  storage: BlobStorage;
  chunkCount: number;
  sha256: string;
}

function db(): Db {
  const found = mongoose.connection.db;
  if (!found) throw new Error('The database is not connected');
  return found;
}

const bucket = () => new GridFSBucket(db(), { bucketName: BUCKET, chunkSizeBytes: CHUNK_BYTES });
const chunks = () => db().collection<ChunkDoc>(CHUNKS);
const chunkId = (fileId: Types.ObjectId, n: number) => `${String(fileId)}:${n}`;

let detected: Promise<BlobStorage> | null = null;

/** `chunks` on FerretDB (its buildInfo names it), `gridfs` on MongoDB; asked once per process. */
export function defaultStorage(): Promise<BlobStorage> {
  detected ??= db()
    .command({ buildInfo: 1 })
    .then((info) => (Object.keys(info).some((key) => key.toLowerCase().startsWith('ferretdb')) ? ('chunks' as const) : ('gridfs' as const)))
    .catch((error: unknown) => {
      detected = null;
      throw error;
    });
  return detected;
}

/** Stores `data` as the file `fileId`; nothing is left behind when it fails. */
export async function putBlob(fileId: Types.ObjectId, data: Buffer, storage?: BlobStorage): Promise<StoredBlob> {
  const using = storage ?? (await defaultStorage());
  const sha256 = createHash('sha256').update(data).digest('hex');
  const chunkCount = Math.ceil(data.length / CHUNK_BYTES);
  try {
    if (using === 'gridfs') {
      await new Promise<void>((resolve, reject) => {
        const upload = bucket().openUploadStreamWithId(fileId, String(fileId));
        upload.once('finish', () => resolve());
        upload.once('error', reject);
        upload.end(data);
      });
    } else {
      // One insert per chunk: a batch of 20 MB would pass FerretDB's message size limit.
      for (let n = 0; n < chunkCount; n++) {
        await chunks().insertOne({ _id: chunkId(fileId, n), fileId, n, data: data.subarray(n * CHUNK_BYTES, (n + 1) * CHUNK_BYTES) });
      }
    }
  } catch (error) {
    await removeBlob(fileId, { storage: using, chunkCount }).catch(() => undefined);
    throw error;
  }
  return { storage: using, chunkCount, sha256 };
}

/** The file's bytes as a stream, chunk after chunk (a file is never held whole in memory here). */
export function blobStream(fileId: Types.ObjectId, stored: Pick<StoredBlob, 'storage' | 'chunkCount'>): Readable {
  if (stored.storage === 'gridfs') return bucket().openDownloadStream(fileId);
  return Readable.from(
    (async function* () {
      for (let n = 0; n < stored.chunkCount; n++) {
        const chunk = await chunks().findOne({ _id: chunkId(fileId, n) });
        if (!chunk) throw new Error(`evidence file ${String(fileId)} lacks chunk ${n}`);
        yield Buffer.isBuffer(chunk.data) ? chunk.data : Buffer.from(chunk.data.buffer);
      }
    })(),
    { objectMode: false },
  );
}

/** The whole file (for the dossier ZIP). */
export async function blobBuffer(fileId: Types.ObjectId, stored: Pick<StoredBlob, 'storage' | 'chunkCount'>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of blobStream(fileId, stored)) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

export async function removeBlob(fileId: Types.ObjectId, stored: Pick<StoredBlob, 'storage' | 'chunkCount'>): Promise<void> {
  if (stored.storage === 'gridfs') {
    await bucket()
      .delete(fileId)
      .catch((error: unknown) => {
        // Already gone (a retried delete): nothing to do.
        if (!/FileNotFound|File not found/i.test(String((error as Error)?.message))) throw error;
      });
    return;
  }
  for (let n = 0; n < stored.chunkCount; n++) await chunks().deleteOne({ _id: chunkId(fileId, n) });
}
