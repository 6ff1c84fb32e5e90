/**
 * Edit and Create as every resource uses them. Edits are pessimistic: nothing is shown as saved
 * until the API accepted it, and on a refusal (CONFLICT: someone saved first) the user's input
 * stays in the form with the explanation, never silently replaced.
 *
 * Without a connection a save does not wait for one: the data provider keeps it on the device
 * (offline/withOfflineQueue.ts) and answers at once, and the form closes with "Đã lưu trên máy,
 * sẽ gửi khi có mạng" instead of "saved". (react-query would otherwise pause the mutation while
 * the browser is offline, leaving the form spinning until the connection returns.)
 */
import type { ReactNode } from 'react';
import {
  Create,
  Edit,
  useNotify,
  useRedirect,
  useResourceContext,
  useTranslate,
  type CreateProps,
  type EditProps,
  type RaRecord,
  type RedirectionSideEffect,
} from 'react-admin';
import { isKeptOnDevice } from '../offline/withOfflineQueue';

/** react-admin's own notice and redirect after a save, or the offline notice for a save kept on the device. */
function useAfterSave(kind: 'created' | 'updated', redirectTo: RedirectionSideEffect, resourceProp?: string) {
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();
  const resource = useResourceContext({ resource: resourceProp }) ?? '';
  return (data: RaRecord) => {
    if (isKeptOnDevice(data)) {
      notify('offline.saved_on_device', { type: 'warning' });
      // A record created offline has no page until it is sent: back to the list.
      redirect(kind === 'created' ? 'list' : redirectTo, resource, data.id, data);
      return;
    }
    notify(`resources.${resource}.notifications.${kind}`, { type: 'info', messageArgs: { smart_count: 1, _: translate(`ra.notification.${kind}`, { smart_count: 1 }) } });
    redirect(redirectTo, resource, data.id, data);
  };
}

/** Saves run even while the browser is offline (react-query's default pauses them). */
const RUN_OFFLINE = { networkMode: 'always' } as const;

export const ResourceEdit = ({ children, redirect = 'show', mutationOptions, ...props }: EditProps & { children: ReactNode }) => {
  const onSuccess = useAfterSave('updated', redirect, props.resource);
  return (
    <Edit mutationMode="pessimistic" redirect={redirect} mutationOptions={{ ...RUN_OFFLINE, onSuccess, ...mutationOptions }} {...props}>
      {children}
    </Edit>
  );
};

export const ResourceCreate = ({ children, redirect = 'show', mutationOptions, ...props }: CreateProps & { children: ReactNode }) => {
  const onSuccess = useAfterSave('created', redirect, props.resource);
  return (
    <Create redirect={redirect} mutationOptions={{ ...RUN_OFFLINE, onSuccess, ...mutationOptions }} {...props}>
      {children}
    </Create>
  );
};
