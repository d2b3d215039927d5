"use client";

/**
 * `<option>`s from [value, label] pairs. A long list rendered by a server component travels in
 * the RSC payload as one element object per option (its key, value and text); passed here it
 * travels as plain pairs — the dashboard's region filter (~190 regions of a province) is 10 KB
 * smaller per view. Rendered on the server as well: the select works without JavaScript.
 */
export function CompactOptions({ items }: { items: readonly (readonly [value: string, label: string])[] }) {
  return items.map(([value, label]) => (
    <option key={value} value={value}>
      {label}
    </option>
  ));
}
