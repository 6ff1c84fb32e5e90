/**
 * The data provider, with saves that survive a lost connection: a create or an update made
 * offline (or whose request found no network) is kept on the device (queue.ts) and answered at
 * once as if saved, so the form closes with the notice "Đã lưu trên máy, sẽ gửi khi có mạng"
 * (ResourceEdit/ResourceCreate read isKeptOnDevice); the queue sends it when the connection is
 * back. An API refusal (BAD_USER_INPUT, CONFLICT…) is never kept: it is shown at once, as online.
 * A delete is refused offline with its own message: nobody should believe a record is gone while
 * it is not, and a delete cannot be shown "pending" in the list it left.
 */
import { HttpError, type CreateParams, type DataProvider, type RaRecord, type UpdateParams } from 'react-admin';
import { isNetworkFailure } from '../providers/errors';
import { keepOnDevice, startOfflineQueue } from './queue';

/** Answers given for saves kept on the device (the form shows its own notice for them). */
const keptAnswers = new WeakSet<object>();

/** Whether a save's answer (the record react-admin got back) stands for a save kept on the device. */
export const isKeptOnDevice = (record: unknown): boolean => typeof record === 'object' && record !== null && keptAnswers.has(record);

/** The id a record created offline has until it is sent (its page cannot be opened before). */
export const OFFLINE_ID_PREFIX = 'offline-';

const offline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/** Runs `send`; without a connection, keeps the save on the device and answers with what `keep` returns. */
async function sendOrKeep<T>(send: () => Promise<{ data: T }>, keep: () => Promise<T>): Promise<{ data: T }> {
  if (!offline()) {
    try {
      return await send();
    } catch (error) {
      if (!isNetworkFailure(error)) throw error;
    }
  }
  const data = await keep();
  keptAnswers.add(data as object);
  return { data };
}

export function withOfflineQueue(provider: DataProvider): DataProvider {
  startOfflineQueue(provider);
  const refuseOffline = <T>(send: () => Promise<T>): Promise<T> => (offline() ? Promise.reject(new HttpError('offline.delete_offline', 0, { code: 'NETWORK' })) : send());

  const create = (resource: string, params: CreateParams) =>
    sendOrKeep(
      () => provider.create(resource, params),
      async () => {
        const save = await keepOnDevice({ resource, kind: 'create', data: params.data as Record<string, unknown> });
        return { ...params.data, id: `${OFFLINE_ID_PREFIX}${save.key}` } as RaRecord;
      },
    );

  const update = (resource: string, params: UpdateParams) =>
    sendOrKeep(
      () => provider.update(resource, params),
      async () => {
        await keepOnDevice({ resource, kind: 'update', recordId: params.id, data: params.data as Record<string, unknown>, previousData: params.previousData as RaRecord });
        // The form's values over the record as read (its version too: the save is still based on it).
        return { ...params.previousData, ...params.data, id: params.id } as RaRecord;
      },
    );

  return {
    ...provider,
    // react-admin's DataProvider methods are generic over the record type; these work on any record.
    create: create as DataProvider['create'],
    update: update as DataProvider['update'],
    delete: ((resource, params) => refuseOffline(() => provider.delete(resource, params))) as DataProvider['delete'],
    deleteMany: ((resource, params) => refuseOffline(() => provider.deleteMany(resource, params))) as DataProvider['deleteMany'],
  };
}
