/**
 * Keyword search of the item lists, the pure part. Chinese has no spaces between words, so the
 * search is a substring match (ILIKE '%term%') of each term the user typed, with LIKE's own
 * wildcards escaped so that "100%" or "a_b" mean themselves. See src/server/items/list.ts for why
 * this is the approach on both PGlite and PostgreSQL.
 */
export const MAX_SEARCH_TERMS = 5;
export const MAX_TERM_LENGTH = 40;
export const MAX_QUERY_LENGTH = 100;

/**
 * The terms of a query: NFKC-folded (full-width ＪＹ－２０２６ → JY-2026, full-width spaces → spaces),
 * split on white space, duplicates dropped, at most MAX_SEARCH_TERMS terms of MAX_TERM_LENGTH.
 */
export function searchTerms(query: string | undefined | null): string[] {
  if (!query) return [];
  const terms = query.normalize("NFKC").slice(0, MAX_QUERY_LENGTH).split(/\s+/u).filter((t) => t.length > 0).map((t) => t.slice(0, MAX_TERM_LENGTH));
  return [...new Set(terms)].slice(0, MAX_SEARCH_TERMS);
}

/** A LIKE operand matching `term` literally (PostgreSQL's default escape character is the backslash). */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}
