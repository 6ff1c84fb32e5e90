/**
 * The public report page (/report?unit=<id>&lang=en): no account, phone first, Vietnamese or
 * English. Pick the place (pre-filled from the QR code, searched by name or alias, or from the
 * phone's location), say what happened, get a tracking code kept on the device; check a code
 * later. The markup and styles are in report.html and this script only wires them, with no UI
 * framework, so the form shows within a few seconds even at 400 kbps (React alone is ~70 KB
 * gzipped: over 1.4 s of such a network). Every text the user typed is shown as text only.
 */
import type { ReportStatus } from '../../../rules/contract';
import { formatInstant } from '../../../rules/dates';
import { REPORT_CATEGORIES } from '../../../rules/workflow';
import { applyTexts, byId, el, setFieldError } from './dom';
import { GraphQLRequestError, graphql, retryMinutes } from './graphql';
import { fill, messages, type Lang, type Messages } from './messages';
import { placePicker } from './place';
import { copyText, saveCode, savedCodes } from './trackingCodes';
import { validate, type FieldName, type ReportFormValues } from './validation';

const TEXT_FIELDS = ['category', 'description', 'locationText', 'contactName', 'contactPhone', 'contactEmail'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const HELP_IDS: Partial<Record<FieldName, string>> = { description: 'description-help' };

let lang: Lang = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'vi';
const t = (): Messages => messages[lang];

// ---------------------------------------------------------------- the report form

const form = byId<HTMLFormElement>('report-form');
const controls = Object.fromEntries(TEXT_FIELDS.map((name) => [name, byId<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(name)])) as Record<
  TextField,
  HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
>;
const formError = byId('form-error');
const submitButton = byId<HTMLButtonElement>('submit');

/** The form's own checks run only once the user has tried to send: no red before that. */
let triedToSend = false;
/** A refusal of the API for one field, kept while the field still holds the value it refused. */
let refused: Partial<Record<FieldName, { message: string; value: string | null }>> = {};
/** What stopped the form besides its fields (the network, too many reports), in words. */
let problem: (() => string) | null = null;
let sending = false;

const place = placePicker({ t, lang: () => lang }, () => renderErrors());

const values = (): ReportFormValues => ({
  unitId: place.unit()?.id ?? null,
  ...(Object.fromEntries(TEXT_FIELDS.map((name) => [name, controls[name].value])) as Record<TextField, string>),
});

/** Every field's error, recomputed from the values on each change, so a fixed field's error goes at once. */
function renderErrors() {
  const current = values();
  const errors = triedToSend ? validate(current, t()) : {};
  for (const [field, refusal] of Object.entries(refused) as Array<[FieldName, { message: string; value: string | null }]>) {
    if (!errors[field] && current[field] === refusal.value) errors[field] = refusal.message;
  }
  place.setError(errors.unitId);
  for (const name of TEXT_FIELDS) setFieldError(controls[name], byId(`${name}-error`), errors[name], HELP_IDS[name]);
  byId('description-help').textContent = fill(t().descriptionHelp, { count: controls.description.value.length });
  formError.textContent = problem ? problem() : Object.keys(errors).length ? t().invalid : '';
  return errors;
}

for (const name of TEXT_FIELDS) controls[name].addEventListener('input', () => renderErrors());

function fillCategories() {
  const chosen = controls.category.value;
  controls.category.replaceChildren(el('option', { value: '' }, t().categoryPlaceholder), ...REPORT_CATEGORIES.map((c) => el('option', { value: c }, t().categories[c])));
  controls.category.value = chosen;
}

function setSending(on: boolean) {
  sending = on;
  submitButton.disabled = on;
  form.setAttribute('aria-busy', String(on));
  (submitButton.querySelector('.spinner') as HTMLElement).hidden = !on;
  byId('submit-text').textContent = on ? t().sending : t().submit;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (sending) return;
  triedToSend = true;
  refused = {};
  problem = null;
  if (Object.keys(renderErrors()).length) {
    focusFirstError();
    return;
  }
  const current = values();
  const point = place.point();
  setSending(true);
  try {
    const input = {
      unitId: current.unitId,
      category: current.category,
      description: current.description,
      lang,
      contactName: current.contactName || null,
      contactPhone: current.contactPhone || null,
      contactEmail: current.contactEmail || null,
      locationText: current.locationText || null,
      lat: point?.lat ?? null,
      lng: point?.lng ?? null,
    };
    const data = await graphql<{ submitReport: { code: string } }>('mutation($input: ReportInput!) { submitReport(input: $input) { code } }', { input });
    received(data.submitReport.code);
  } catch (e) {
    // Refused fields are shown under each field; anything else above the form.
    if (e instanceof GraphQLRequestError && e.code === 'BAD_USER_INPUT') {
      for (const f of e.fields) {
        const field = f.path.replace(/^input\./, '');
        if (field in current) refused[field as FieldName] = { message: f.message, value: current[field as FieldName] };
      }
    }
    if (!Object.keys(refused).length) problem = problemOf(e);
    renderErrors();
    if (problem) formError.scrollIntoView({ block: 'center' });
    else focusFirstError();
  } finally {
    setSending(false);
  }
});

/** Takes the user to the first wrong field (the summary above the form is announced as an alert). */
function focusFirstError() {
  const wrong = form.querySelector<HTMLElement>('[aria-invalid="true"]');
  wrong?.focus();
  wrong?.scrollIntoView({ block: 'center' });
}

/** The words for a failed send, in the page's language at the time they are shown. */
function problemOf(error: unknown): () => string {
  const minutes = retryMinutes(error);
  if (minutes) {
    const retryAt = new Date(Date.now() + minutes * 60_000);
    // The clock time of the retry in Vietnam's time (14:30): it is today.
    return () => fill(t().tooManyReports, { minutes, at: /\d{2}:\d{2}/.exec(formatInstant(retryAt, lang))?.[0] ?? '' });
  }
  if (error instanceof GraphQLRequestError) {
    const message = error.message;
    return () => message;
  }
  return () => t().network;
}

// ---------------------------------------------------------------- the receipt

const receipt = byId('receipt');
const copyStatus = byId('copy-status');
let receivedCode: string | null = null;

function received(code: string) {
  receivedCode = code;
  saveCode(code);
  byId('receipt-code').textContent = code;
  copyStatus.textContent = '';
  form.hidden = true;
  receipt.hidden = false;
  lookupInput.value = code;
  renderSavedCodes();
  window.scrollTo(0, 0);
  // Screen readers and keyboards land on the news, not on the top of a vanished form.
  byId('receipt-title').focus();
}

byId('copy-code').addEventListener('click', async () => {
  if (!receivedCode) return;
  const code = receivedCode;
  copyStatus.textContent = (await copyText(code)) ? fill(t().copied, { code }) : t().copyFailed;
});

byId('check-this').addEventListener('click', () => {
  if (!receivedCode) return;
  lookupInput.value = receivedCode;
  renderSavedCodes();
  byId('status-lookup').scrollIntoView({ block: 'start' });
  void check(receivedCode);
});

byId('another').addEventListener('click', () => {
  // The place and the point stay: a second report is usually about the same place.
  for (const name of TEXT_FIELDS) controls[name].value = '';
  triedToSend = false;
  refused = {};
  problem = null;
  renderErrors();
  receipt.hidden = true;
  form.hidden = false;
  controls.category.focus();
});

// ---------------------------------------------------------------- checking a report

const lookupInput = byId<HTMLInputElement>('lookup-code');
const lookupResult = byId('lookup-result');
const lookupButton = byId<HTMLButtonElement>('lookup-submit');
/** The last answer, drawn again when the language changes. */
let lookupAnswer: { status: ReportStatus; updatedAt: string } | { message: () => string } | null = null;

async function check(code: string) {
  if (!code.trim()) return;
  lookupButton.disabled = true;
  lookupButton.textContent = t().looking;
  try {
    const data = await graphql<{ reportStatus: { status: ReportStatus; updatedAt: string } | null }>('query($c: String!) { reportStatus(code: $c) { status updatedAt } }', { c: code.trim() });
    lookupAnswer = data.reportStatus ?? { message: () => t().lookupNone };
  } catch (e) {
    const minutes = retryMinutes(e);
    lookupAnswer = { message: () => (minutes ? fill(t().busy, { minutes }) : t().network) };
  }
  lookupButton.disabled = false;
  renderLookup();
}

function renderLookup() {
  lookupButton.textContent = lookupButton.disabled ? t().looking : t().lookup;
  if (!lookupAnswer) return lookupResult.replaceChildren();
  if ('message' in lookupAnswer) return lookupResult.replaceChildren(el('p', {}, lookupAnswer.message()));
  const { status, updatedAt } = lookupAnswer;
  lookupResult.replaceChildren(
    el('p', { class: `status status-${status}` }, fill(t().lookupStatus, { status: t().statuses[status] })),
    el('p', {}, t().statusHelp[status]),
    el('p', { class: 'help' }, fill(t().lookupUpdated, { at: formatInstant(updatedAt, lang) })),
  );
}

/** This device's codes, as buttons that fill the lookup in. */
function renderSavedCodes() {
  const codes = savedCodes();
  const box = byId('saved-codes');
  box.hidden = codes.length === 0;
  const current = lookupInput.value.trim().toUpperCase();
  box.replaceChildren(
    el('span', {}, t().savedCodes),
    ...codes.map(({ code }) => {
      const chip = el('button', { type: 'button', class: 'chip', 'aria-pressed': String(code === current) }, code);
      chip.addEventListener('click', () => {
        lookupInput.value = code;
        renderSavedCodes();
      });
      return chip;
    }),
  );
}

byId('lookup-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void check(lookupInput.value);
});
lookupInput.addEventListener('input', renderSavedCodes);

// ---------------------------------------------------------------- the language

function setLanguage(next: Lang) {
  lang = next;
  document.documentElement.lang = lang;
  document.title = t().title;
  const url = new URL(window.location.href);
  url.searchParams.set('lang', lang);
  window.history.replaceState(null, '', url);
  byId('title').textContent = t().title;
  const emergency = byId('emergency');
  emergency.replaceChildren(`${t().emergencyBefore} `, el('a', { href: 'tel:113' }, '113'), ` ${t().emergencyAfter}`);
  for (const l of ['vi', 'en'] as const) byId(`lang-${l}`).setAttribute('aria-pressed', String(l === lang));
  applyTexts(t());
  fillCategories();
  setSending(sending);
  place.refresh();
  renderErrors();
  renderLookup();
  renderSavedCodes();
}

byId('lang-vi').addEventListener('click', () => setLanguage('vi'));
byId('lang-en').addEventListener('click', () => setLanguage('en'));

// The last code sent from this device is ready to check, even after a reload.
lookupInput.value = savedCodes()[0]?.code ?? '';
setLanguage(lang);
byId('loading').remove();
for (const id of ['lang-switch', 'report-form', 'status-lookup']) byId(id).hidden = false;
