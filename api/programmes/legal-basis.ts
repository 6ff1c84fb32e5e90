/**
 * A record's legal-basis chain, from its own documents: each names the one it implements
 * (basedOn: a number, or a title when unnumbered). No queries: everything is within the record.
 */
import type { DocumentRef } from './programme.model';

const keyOf = (d: DocumentRef) => d.number ?? d.title ?? null;

/**
 * From the highest basis down to the record's own plan: the plan is the first document that
 * names a basis and is itself nobody's basis. A basis not among the documents ends the chain
 * as a bare reference. Empty when no document names its basis.
 */
export function legalBasisChain(documents: readonly DocumentRef[]): DocumentRef[] {
  const byKey = new Map<string, DocumentRef>();
  for (const d of documents) {
    const k = keyOf(d);
    if (k && !byKey.has(k)) byKey.set(k, d);
  }
  const bases = new Set(documents.map((d) => d.basedOn).filter((b): b is string => !!b));
  const own = documents.find((d) => d.basedOn && !bases.has(keyOf(d) ?? ''));
  if (!own) return [];
  const chain: DocumentRef[] = [];
  const seen = new Set<DocumentRef>();
  let at: DocumentRef | undefined = own;
  while (at && !seen.has(at)) {
    seen.add(at);
    chain.push({ ...at, basedOn: at.basedOn ?? null });
    const up: string | null | undefined = at.basedOn;
    if (!up) break;
    at = byKey.get(up);
    if (!at) chain.push(up.includes('/') ? { number: up, date: null, issuer: null, title: null, basedOn: null } : { number: null, date: null, issuer: null, title: up, basedOn: null });
  }
  return chain.reverse();
}
