import { readFileSync } from "node:fs";
import { navigationFor } from "../../../src/domain/navigation";
import { ROLES, type TRole } from "../../../src/domain/roles";

/**
 * The zh-CN message catalog as the specs see it: expectations are computed from the same catalog
 * and the same navigation table the app renders from, so a spec never hard-codes a Chinese label.
 */
type TJson = { [key: string]: string | TJson };

const cache = new Map<string, TJson>();

function namespace(ns: string, locale = "zh-CN"): TJson {
  const key = `${locale}/${ns}`;
  let value = cache.get(key);
  if (!value) {
    value = JSON.parse(readFileSync(new URL(`../../../messages/${locale}/${ns}.json`, import.meta.url), "utf8")) as TJson;
    cache.set(key, value);
  }
  return value;
}

/** `t("login.errors.LOCKED")`, with `{placeholders}` filled from `values`. Throws on a missing key. */
export function t(path: string, values: Record<string, string | number> = {}, locale = "zh-CN"): string {
  const [ns, ...rest] = path.split(".");
  let node: string | TJson | undefined = namespace(ns ?? "", locale);
  for (const part of rest) node = typeof node === "object" ? node[part] : undefined;
  if (typeof node !== "string") throw new Error(`no message ${path} in ${locale}`);
  return node.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** The labels of a role's navigation, in order: navigationFor(role) → nav.<key>. */
export function navLabelsFor(role: TRole): string[] {
  return navigationFor(role).map((item) => t(`nav.${item.key}`));
}

export function navHrefsFor(role: TRole): string[] {
  return navigationFor(role).map((item) => item.href);
}

/** Every navigation label some role has and this role has not. */
export function foreignNavLabels(role: TRole): string[] {
  const own = new Set(navLabelsFor(role));
  return [...new Set(ROLES.flatMap((r) => navLabelsFor(r)))].filter((label) => !own.has(label));
}

/** Matches any CJK ideograph: "the page is still Chinese". */
export const CHINESE = /[\u4e00-\u9fff]/;
