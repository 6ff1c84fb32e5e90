/**
 * Edit and Create as every resource uses them. Edits are pessimistic: nothing is shown as saved
 * until the API accepted it, and on a refusal (CONFLICT: someone saved first) the user's input
 * stays in the form with the explanation, never silently replaced.
 */
import type { ReactNode } from 'react';
import { Create, Edit, type CreateProps, type EditProps } from 'react-admin';

export const ResourceEdit = ({ children, ...props }: EditProps & { children: ReactNode }) => (
  <Edit mutationMode="pessimistic" redirect="show" {...props}>
    {children}
  </Edit>
);

export const ResourceCreate = ({ children, ...props }: CreateProps & { children: ReactNode }) => (
  <Create redirect="show" {...props}>
    {children}
  </Create>
);
