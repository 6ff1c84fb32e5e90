/**
 * Diacritics folding for search: "Thảo Nguyên" → "thao nguyen". Vietnamese đ/Đ is a
 * separate letter, not a combining mark, so NFD alone does not fold it.
 * FerretDB has no collation or $text, so every searchable record stores this folded form.
 */
export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Joins the searchable parts of a record into its stored search field. */
export function searchField(...parts: Array<string | null | undefined>): string {
  return foldText(parts.filter((p): p is string => Boolean(p)).join(' '));
}

/** Escapes a user's search string so it is matched literally, never run as a pattern. */
export function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The query for a `q` filter: every word of it must appear in the folded search field. */
export function searchQuery(q: string | null | undefined, field = 'search'): Record<string, unknown> {
  const words = foldText(q ?? '').split(' ').filter(Boolean);
  if (words.length === 0) return {};
  return { $and: words.map((w) => ({ [field]: { $regex: escapeRegExp(w) } })) };
}
