import { describe, expect, it } from "vitest";
import { auditHash, canonicalJson, GENESIS_HASH, sm3Hex, type TAuditFields } from "./audit-chain";

const row: TAuditFields = {
  at: new Date("2026-11-28T08:00:00.123Z"), actorId: null, actorName: "staff", actorRole: "STAFF",
  action: "auth.login", objectType: null, objectId: null, result: "SUCCESS", ip: "127.0.0.1", requestId: "r-12345678", detail: { b: 1, a: "x" },
};

describe("audit hash chain", () => {
  it("uses SM3 (GB/T 32905 test vector)", () => {
    expect(sm3Hex("abc")).toBe("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
  });
  it("does not depend on the key order jsonb gives back", () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 1, e: 0 }] } })).toBe('{"a":{"c":[3,{"e":0,"f":1}],"d":2},"b":1}');
    expect(auditHash(GENESIS_HASH, row)).toBe(auditHash(GENESIS_HASH, { ...row, detail: { a: "x", b: 1 } }));
  });
  it("changes when any field or the previous hash changes", () => {
    const h = auditHash(GENESIS_HASH, row);
    expect(auditHash(GENESIS_HASH, { ...row, result: "FAILURE" })).not.toBe(h);
    expect(auditHash(GENESIS_HASH, { ...row, at: new Date(row.at.getTime() + 1) })).not.toBe(h);
    expect(auditHash("1".repeat(64), row)).not.toBe(h);
  });
});
