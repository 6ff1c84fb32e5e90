/**
 * The form's own checks, in the page's language, run on every change once the user has tried to
 * send, so an error disappears as soon as the field is fixed. They mirror the API's rules for the
 * public form (api/tourism/report.service.ts publicInput), which checks everything again: a
 * refusal from the API is shown under its field until that field changes.
 */
import type { Messages } from './messages';

export interface ReportFormValues {
  unitId: string | null;
  category: string;
  description: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  locationText: string;
}

export type FieldName = keyof ReportFormValues;
export type FieldErrors = Partial<Record<FieldName, string>>;

// The API's phone pattern (digits, spaces, + . ( ) -), and a plain e-mail shape: the API's z.email() is the judge.
const PHONE = /^\+?[0-9 .()-]{3,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validate(values: ReportFormValues, t: Messages): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.unitId) errors.unitId = t.required.unitId;
  if (!values.category) errors.category = t.required.category;
  const description = values.description.trim().length;
  if (description < 10 || description > 2000) errors.description = t.required.description;
  if (values.contactPhone.trim() && !PHONE.test(values.contactPhone.trim())) errors.contactPhone = t.required.contactPhone;
  if (values.contactEmail.trim() && !EMAIL.test(values.contactEmail.trim())) errors.contactEmail = t.required.contactEmail;
  return errors;
}
