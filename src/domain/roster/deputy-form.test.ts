import { describe, expect, it } from "vitest";
import { idCardCheckChar } from "../pii/id-card";
import { ZDeputyForm, ZOwnProfileForm, ZRevealForm } from "./deputy-form";
import { SELF_EDITABLE_FIELDS } from "./fields";

const ID = "00000000-0000-4000-8000-000000000001";
const first17 = "41130219800101123";
const base = {
  name: " 张三 ", gender: "MALE", level: "COUNTY", committeeId: ID, termNumber: "15", delegationId: "", regionId: ID,
  workUnit: "", title: "", expertise: "农业，法律", bio: "", idCard: "", phone: "", address: "",
};

describe("the staff form", () => {
  it("normalises and keeps blank contact fields as 'unchanged'", () => {
    expect(ZDeputyForm.parse(base)).toMatchObject({ name: "张三", termNumber: 15, delegationId: null, expertise: ["农业", "法律"], idCard: null, phone: null, groupIds: [], clear: [] });
    expect(ZDeputyForm.parse({ ...base, idCard: (first17 + idCardCheckChar(first17)).toLowerCase(), phone: "+86 138-1234-5678" })).toMatchObject({
      idCard: first17 + idCardCheckChar(first17),
      phone: "13812345678",
    });
  });
  it("answers bad numbers with the pii catalog's keys, next to the field", () => {
    const r = ZDeputyForm.safeParse({ ...base, idCard: `${first17}${idCardCheckChar(first17) === "0" ? "1" : "0"}`, phone: "123" });
    expect(r.success).toBe(false);
    const issues = r.success ? [] : r.error.issues.map((i) => `${String(i.path[0])}:${i.message}`);
    expect(issues).toEqual(["idCard:pii.idCard.checkDigit", "phone:pii.phone.length"]);
  });
  it("refuses fields it does not know (status, userId, importId)", () => {
    for (const extra of [{ status: "ACTIVE" }, { userId: ID }, { importId: ID }]) expect(ZDeputyForm.safeParse({ ...base, ...extra }).success).toBe(false);
  });
});

describe("the own-profile form", () => {
  it("holds exactly the self-editable fields (and the clear switches)", () => {
    expect(Object.keys(ZOwnProfileForm.shape).sort()).toEqual([...SELF_EDITABLE_FIELDS, "clear"].sort());
  });
  it("refuses a reveal of anything but the three personal fields", () => {
    expect(ZRevealForm.safeParse({ deputyId: ID, field: "phone" }).success).toBe(true);
    expect(ZRevealForm.safeParse({ deputyId: ID, field: "passwordHash" }).success).toBe(false);
  });
});
