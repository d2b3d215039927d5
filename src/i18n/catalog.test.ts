import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as enumsFromSchema from "../generated/prisma/enums";
import { NAV_ITEMS } from "../domain/navigation";
import { ROLES } from "../domain/roles";
import { LOCALES } from "./config";
import { messagesFor } from "./messages";

/**
 * The catalogs agree with each other and with the code: same namespaces, same keys, same
 * {placeholders}, no empty strings, every JSON file registered, every role/nav/enum labelled.
 * Covers namespaces other features add, since it walks whatever messages/<locale>/ holds.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const messagesDir = path.resolve(here, "../../messages");

type TTree = { [key: string]: string | TTree };

function flatten(tree: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof tree !== "object" || tree === null) return out;
  for (const [key, value] of Object.entries(tree as TTree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

/** ICU argument names, e.g. "{count, plural, …}" → count. */
function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((m) => m[1] ?? "").sort();
}

const zh = flatten(messagesFor("zh-CN"));
const en = flatten(messagesFor("en"));

describe("message catalogs", () => {
  it("zh-CN and en have exactly the same keys", () => {
    const onlyZh = [...zh.keys()].filter((k) => !en.has(k));
    const onlyEn = [...en.keys()].filter((k) => !zh.has(k));
    expect({ onlyZh, onlyEn }).toEqual({ onlyZh: [], onlyEn: [] });
    expect(zh.size).toBeGreaterThan(50);
  });

  it("every message uses the same placeholders in both locales and none is empty", () => {
    const mismatched = [...zh.entries()]
      .filter(([key, text]) => placeholders(text).join() !== placeholders(en.get(key) ?? "").join())
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
    const empty = [...zh.entries(), ...en.entries()].filter(([, text]) => text.trim() === "").map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it.each(LOCALES)("every messages/%s/*.json file is exported from its index.ts", (locale) => {
    const files = readdirSync(path.join(messagesDir, locale))
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.replace(/\.json$/, ""))
      .sort();
    expect(Object.keys(messagesFor(locale)).sort()).toEqual(files);
  });

  it("labels every role, navigation entry and schema enum value", () => {
    const missing = [
      ...ROLES.map((r) => `roles.${r}`),
      ...NAV_ITEMS.map((item) => `nav.${item.key}`),
      ...Object.entries({
        deputyLevel: enumsFromSchema.DeputyLevel,
        deputyStatus: enumsFromSchema.DeputyStatus,
        gender: enumsFromSchema.Gender,
        regionLevel: enumsFromSchema.RegionLevel,
        stationKind: enumsFromSchema.StationKind,
        unitKind: enumsFromSchema.UnitKind,
        auditResult: enumsFromSchema.AuditResult,
      }).flatMap(([name, values]) => Object.values(values).map((v) => `enums.${name}.${v}`)),
    ].filter((key) => !zh.has(key) || !en.has(key));
    expect(missing).toEqual([]);
  });

  it("has the login error message for each sign-in failure code", () => {
    for (const code of ["INVALID", "LOCKED", "THROTTLED", "INPUT", "UNAVAILABLE"]) {
      expect(zh.get(`login.errors.${code}`)).toMatch(/\p{Script=Han}/u);
    }
    expect(zh.get("errors.unavailable")).toContain("系统暂时无法访问数据库");
  });
});
