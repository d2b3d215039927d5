/**
 * Full-width (全角) → half-width (半角): Chinese input methods and spreadsheets often produce
 * "１３８", "＋８６", "（０３７１）" or an ideographic space. U+FF01–U+FF5E map to U+0021–U+007E;
 * U+3000 becomes an ordinary space. Nothing else is changed.
 */
export function toHalfWidth(value: string): string {
  return value.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}
