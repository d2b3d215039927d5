/** Lists are paginated 20 a page; a page past the end is clamped to the last one. */
export const PAGE_SIZE = 20;

export type TPage<T> = { items: T[]; total: number; page: number; pageCount: number; pageSize: number };

export function clampPage(requested: number, total: number): { page: number; pageCount: number; skip: number } {
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(requested) || 1), pageCount);
  return { page, pageCount, skip: (page - 1) * PAGE_SIZE };
}

export function toPage<T>(items: T[], total: number, page: number, pageCount: number): TPage<T> {
  return { items, total, page, pageCount, pageSize: PAGE_SIZE };
}
