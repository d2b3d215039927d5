/** The entry that holds the current path: exact, or its deepest prefix ("/stations/1" → "/stations"). */
export function currentHref(pathname: string, hrefs: readonly string[]): string | null {
  const matches = hrefs.filter((href) => pathname === href || pathname.startsWith(`${href}/`));
  return matches.sort((a, b) => b.length - a.length)[0] ?? null;
}
