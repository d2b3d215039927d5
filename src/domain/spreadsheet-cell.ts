/**
 * Spreadsheet formula injection (CSV/XLSX injection, OWASP): a text cell that begins with = + - @
 * (or a tab or carriage return, which some programs strip before reading the rest) may be taken
 * for a formula when the file is edited or re-saved. Such text gets a leading apostrophe, so it
 * stays text in every program. Values are written as text cells as well; this is the second line.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
