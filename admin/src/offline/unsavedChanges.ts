/**
 * Which forms on screen hold changes not saved yet, for what must not happen over them (a reload
 * onto a new build: registerServiceWorker.ts). ResourceForm renders <UnsavedChangesMarker />.
 */
import { useEffect, useId } from 'react';
import { useFormState } from 'react-hook-form';

const dirtyForms = new Set<string>();

export const hasUnsavedChanges = () => dirtyForms.size > 0;

/** Inside a react-admin form: counts the form while it is dirty and not yet saved. Renders nothing. */
export const UnsavedChangesMarker = () => {
  const id = useId();
  const { isDirty, isSubmitSuccessful } = useFormState();
  const unsaved = isDirty && !isSubmitSuccessful;
  useEffect(() => {
    if (!unsaved) return undefined;
    dirtyForms.add(id);
    return () => void dirtyForms.delete(id);
  }, [id, unsaved]);
  return null;
};
