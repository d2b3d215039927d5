import { describe, expect, it } from "vitest";
import { idCardCheckChar } from "../pii/id-card";
import { MAX_ROSTER_ROWS, readHeader, ROSTER_COLUMNS, type TRosterKey } from "./columns";
import { parseLevel, parseTerm, splitExpertise } from "./fields";
import { duplicatesInFile, duplicatesInRegister, resolveRegion, validateRosterRow, type TCell, type TRosterLookups, type TRosterRow } from "./validate";

const TODAY = new Date("2026-05-01T04:00:00Z");
const withCheck = (first17: string) => first17 + idCardCheckChar(first17);
const ID = withCheck("41130219800101123");
const LOOKUPS: TRosterLookups = {
  regions: [
    { id: "r-wc", code: "411302", name: "宛城区" },
    { id: "r-gc1", code: "411302001", name: "城关镇" },
    { id: "r-gc2", code: "411328001", name: "城关镇" },
  ],
  delegations: [{ id: "d-wc", name: "宛城区代表团" }],
  today: TODAY,
};
const t = (text: string): TCell => ({ kind: "text", text });
const good = (over: Partial<Record<TRosterKey, TCell>> = {}): Partial<Record<TRosterKey, TCell>> => ({
  name: t(" 张 三 "),
  gender: t("男"),
  level: t("市人大代表"),
  term: t("第十五届"),
  delegation: t("宛城区代表团"),
  region: t("宛城区"),
  workUnit: t("南阳市某公司"),
  idCard: t(ID.toLowerCase()),
  phone: t("138 1234 5678"),
  expertise: t("农业、电商；农业"),
  ...over,
});
const keys = (r: ReturnType<typeof validateRosterRow>) => (r.ok ? [] : r.problems.map((p) => `${p.column}:${p.key}`));

describe("readHeader", () => {
  it("maps the template's titles, with or without the required mark, and aliases", () => {
    const { positions, problems } = readHeader(["姓名*", "性别", "代表层级*", null, "联系电话", "身份证号", "地区", " 工作单位 "]);
    expect(problems).toEqual([]);
    expect(positions).toMatchObject({ name: 1, gender: 2, level: 3, phone: 5, idCard: 6, region: 7, workUnit: 8 });
  });
  it("reports missing, unknown and repeated columns", () => {
    const { problems } = readHeader(["姓名", "姓名", "血型"]);
    expect(problems).toEqual(
      expect.arrayContaining([
        { code: "duplicateColumn", column: "姓名", at: 2 },
        { code: "unknownColumn", column: "血型", at: 3 },
        { code: "missingColumn", column: "身份证号码" },
        { code: "missingColumn", column: "性别" },
      ]),
    );
  });
  it("knows every template title", () => {
    expect(readHeader(ROSTER_COLUMNS.map((c) => c.title)).problems).toEqual([]);
    expect(MAX_ROSTER_ROWS).toBe(20_000);
  });
});

describe("validateRosterRow", () => {
  it("normalises a good row", () => {
    const r = validateRosterRow(2, good(), LOOKUPS);
    expect(r).toEqual({
      ok: true,
      value: {
        row: 2, name: "张 三", gender: "MALE", level: "PREFECTURAL", term: 15, delegationId: "d-wc", regionId: "r-wc",
        workUnit: "南阳市某公司", title: null, idCard: ID, phone: "13812345678", address: null, expertise: ["农业", "电商"],
      },
    });
  });
  it("refuses a wrong GB 11643 check digit and a bad phone, with the pii catalog's keys", () => {
    const wrong = `${ID.slice(0, 17)}${ID.endsWith("0") ? "1" : "0"}`;
    const r = validateRosterRow(3, good({ idCard: t(wrong), phone: t("1381234567") }), LOOKUPS);
    expect(keys(r)).toEqual(["idCard:pii.idCard.checkDigit", "phone:pii.phone.length"]);
  });
  it("names every missing required cell", () => {
    const r = validateRosterRow(4, { name: t(""), phone: t("13812345678") }, LOOKUPS);
    expect(keys(r).sort()).toEqual(
      ["gender", "idCard", "level", "name", "region"].map((c) => `${c}:register.problems.required`).sort(),
    );
  });
  it("refuses formulas (never evaluated) and error cells, keeps HTML as plain text", () => {
    const r = validateRosterRow(5, good({ name: { kind: "formula" }, workUnit: { kind: "invalid" } }), LOOKUPS);
    expect(keys(r)).toEqual(["name:register.problems.formula", "workUnit:register.problems.invalidCell"]);
    const html = validateRosterRow(6, good({ name: t("<script>alert(1)</script>") }), LOOKUPS);
    expect(html.ok && html.value.name).toBe("<script>alert(1)</script>");
  });
  it("refuses an ID number that a spreadsheet turned into a rounded number", () => {
    const r = validateRosterRow(7, good({ idCard: { kind: "number", text: "411302198001011000", safe: false } }), LOOKUPS);
    expect(keys(r)).toEqual(["idCard:register.problems.idCardAsNumber"]);
  });
  it("refuses unknown regions, ambiguous names, unknown delegations, levels, genders and terms", () => {
    expect(keys(validateRosterRow(8, good({ region: t("火星") }), LOOKUPS))).toEqual(["region:register.problems.regionUnknown"]);
    expect(keys(validateRosterRow(8, good({ region: t("城关镇") }), LOOKUPS))).toEqual(["region:register.problems.regionAmbiguous"]);
    expect(validateRosterRow(8, good({ region: t("411328001") }), LOOKUPS)).toMatchObject({ ok: true, value: { regionId: "r-gc2" } });
    expect(keys(validateRosterRow(8, good({ delegation: t("不存在代表团") }), LOOKUPS))).toEqual(["delegation:register.problems.delegationUnknown"]);
    expect(keys(validateRosterRow(8, good({ level: t("村级"), gender: t("未知"), term: t("第一百届") }), LOOKUPS))).toEqual([
      "gender:register.problems.gender",
      "level:register.problems.level",
      "term:register.problems.term",
    ]);
  });
  it("refuses text over the column's limit", () => {
    const r = validateRosterRow(9, good({ name: t("名".repeat(61)) }), LOOKUPS);
    expect(r.ok ? [] : r.problems).toEqual([{ row: 9, column: "name", key: "register.problems.tooLong", params: { max: 60 } }]);
  });
});

describe("duplicates", () => {
  const row = (n: number, idCard: string, phone: string | null): TRosterRow => ({
    row: n, name: "x", gender: "MALE", level: "COUNTY", term: null, delegationId: null, regionId: "r", workUnit: null,
    title: null, idCard, phone, address: null, expertise: [],
  });
  it("points later rows at the first one within the file", () => {
    const rows = [row(2, "A", "1"), row(3, "B", "1"), row(4, "A", null)];
    expect(duplicatesInFile(rows)).toEqual([
      { row: 3, column: "phone", key: "register.problems.duplicatePhoneInFile", params: { first: 2 } },
      { row: 4, column: "idCard", key: "register.problems.duplicateIdInFile", params: { first: 2 } },
    ]);
  });
  it("flags numbers the register already holds", () => {
    const rows = [row(2, "A", "1"), row(3, "B", null)];
    const taken = { idCard: (v: string) => v === "B", phone: (v: string) => v === "1" };
    expect(duplicatesInRegister(rows, taken).map((p) => `${p.row}:${p.key}`)).toEqual([
      "2:register.problems.duplicatePhoneInRegister",
      "3:register.problems.duplicateIdInRegister",
    ]);
  });
});

describe("field parsers", () => {
  it.each([["全国", "NATIONAL"], ["省人大代表", "PROVINCIAL"], ["设区的市级", "PREFECTURAL"], ["县（区）人大代表", "COUNTY"], ["乡镇", "TOWNSHIP"], ["prefectural", "PREFECTURAL"]])(
    "level %s → %s",
    (text, level) => expect(parseLevel(text)).toBe(level),
  );
  it.each([["15", 15], ["第十五届", 15], ["十", 10], ["二十一", 21], ["第九届", 9], ["0", null], ["abc", null], ["", null]])("term %j → %j", (text, n) =>
    expect(parseTerm(text)).toBe(n),
  );
  it("splits expertise on Chinese and Latin separators", () => {
    expect(splitExpertise("农业，水产;法律 / 电商、")).toEqual(["农业", "水产", "法律", "电商"]);
  });
  it("resolves a region by code before name", () => {
    expect(resolveRegion(" 411302 ", LOOKUPS.regions)).toEqual({ id: "r-wc" });
  });
});
