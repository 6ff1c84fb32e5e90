/**
 * The create/edit form of a resource, whose inputs lock themselves from what the API reports about
 * the record (`record.access`). A form states what each input edits, never who may change it: that
 * rule lives in the API alone, and a new input cannot forget it. react-admin has no per-input lock
 * taken from context (its field permissions are an Enterprise feature), so the form's JSX is walked:
 * - an element editing a field the caller may not change gets `disabled`, and so does every
 *   component below it (the AutocompleteInput of a ReferenceInput, the iterator and the row inputs
 *   of an ArrayInput), whose sources are relative to it or none;
 * - the field an element edits is its `lockedBy` prop, else the first segment of its `source`
 *   (`statusDates.planned` edits `statusDates`), else a static `lockedBy` of its component (an input
 *   whose source is defaulted, or that renders several inputs for one field);
 * - an element editing no field (layout: Box, Labeled, a tab) is walked through its children.
 * A `disabled` written on an element (disabled for another reason) still holds: this only adds locks.
 * Create forms have no record, so nothing is locked.
 *
 * Both forms warn before a changed form is left (react-admin's warnWhenUnsavedChanges: a route
 * change inside the console asks first, through the data router react-admin builds; a reload or a
 * closed tab gets the browser's own `beforeunload` question). A form may still turn it off.
 */
import { Children, Fragment, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { ArrayInput, ReferenceArrayInput, ReferenceInput, SimpleForm, TabbedForm, Toolbar, type SimpleFormProps, type TabbedFormProps } from 'react-admin';
import { UnsavedChangesMarker } from '../offline/unsavedChanges';
import { useFieldEditable } from './access';

/** Inputs that take no `disabled` themselves: the lock goes to what they contain. */
const HOLDERS = new Set<unknown>([ArrayInput, ReferenceInput, ReferenceArrayInput]);

interface LockableProps {
  source?: unknown;
  lockedBy?: unknown;
  children?: ReactNode;
}

/** The API field an element edits, if any. */
function fieldOf({ props, type }: ReactElement<LockableProps>): string | undefined {
  if (typeof props.lockedBy === 'string') return props.lockedBy;
  if (typeof props.source === 'string') return props.source.split('.')[0];
  const declared = (type as { lockedBy?: unknown }).lockedBy;
  return typeof declared === 'string' ? declared : undefined;
}

/** `node` with the inputs the caller may not change disabled; `locked`: everything in it is. */
function lock(node: ReactNode, editable: (field: string) => boolean, locked = false): ReactNode {
  if (Array.isArray(node)) return Children.map(node, (child: ReactNode) => lock(child, editable, locked));
  if (!isValidElement<LockableProps>(node)) return node;
  const { children } = node.props;
  const field = locked ? undefined : fieldOf(node);
  if (locked || (field !== undefined && !editable(field))) {
    const takesDisabled = typeof node.type !== 'string' && node.type !== Fragment && !HOLDERS.has(node.type);
    return cloneElement(node, {
      ...(takesDisabled ? { disabled: true } : {}),
      ...(children === undefined ? {} : { children: lock(children, editable, true) }),
    });
  }
  // An editable input is left whole (its children's sources are its own); layout is walked.
  if (field !== undefined || children === undefined) return node;
  return cloneElement(node, { children: lock(children, editable) });
}

/** react-admin's toolbar (Save, Delete), and the form counted as unsaved while it is dirty (see offline/unsavedChanges.ts). */
const ToolbarMarkingUnsavedChanges = () => (
  <>
    <Toolbar />
    <UnsavedChangesMarker />
  </>
);

export const ResourceForm = ({ children, ...props }: SimpleFormProps) => {
  const editable = useFieldEditable();
  return (
    <SimpleForm warnWhenUnsavedChanges toolbar={<ToolbarMarkingUnsavedChanges />} {...props}>
      {lock(children, editable)}
    </SimpleForm>
  );
};

/** The same in tabs: the children are `TabbedForm.Tab`s (moving between tabs stays inside the form and never warns). */
export const ResourceTabbedForm = ({ children, ...props }: TabbedFormProps) => {
  const editable = useFieldEditable();
  return (
    <TabbedForm warnWhenUnsavedChanges toolbar={<ToolbarMarkingUnsavedChanges />} {...props}>
      {lock(children, editable)}
    </TabbedForm>
  );
};
