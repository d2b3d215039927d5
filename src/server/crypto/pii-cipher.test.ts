import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { DEV_PII_KEY_ID, derivePiiKey, keyringFromEnv } from "./keyring";
import {
  blindIndex,
  createPiiCipher,
  decryptPii,
  encryptPii,
  PiiCipherError,
  setPiiCipherForTesting,
  type TPiiCipher,
} from "./pii-cipher";

const KEY_A = Buffer.alloc(32, 0xa1);
const KEY_B = Buffer.alloc(32, 0xb2);
const cipherWith = (id: string, master: Buffer, old: Array<[string, Buffer]> = []): TPiiCipher =>
  createPiiCipher({ current: derivePiiKey(id, master), old: old.map(([i, k]) => derivePiiKey(i, k)) });

const a = cipherWith("k1", KEY_A);
const FORMAT = /^v1\.k1\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/;

function expectCipherError(fn: () => unknown, code?: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(PiiCipherError);
  if (code) expect((caught as PiiCipherError).code).toBe(code);
}

describe("SM4 in node:crypto", () => {
  it("matches the GB/T 32907-2016 test vector (sm4-ecb, no padding)", () => {
    const hex = "0123456789abcdeffedcba9876543210";
    const ecb = createCipheriv("sm4-ecb", Buffer.from(hex, "hex"), null).setAutoPadding(false);
    const out = Buffer.concat([ecb.update(Buffer.from(hex, "hex")), ecb.final()]);
    expect(out.toString("hex")).toBe("681edf34d206965e86b3e94f536e4246");
  });
  it("derives keys with HKDF (RFC 5869) over HMAC-SM3", () => {
    // Extract-and-expand written out by hand must equal hkdfSync("sm3", …) as used by keyring.ts.
    const salt = Buffer.from("lvzhi/pii/hkdf-salt/v1");
    const info = Buffer.from("lvzhi pii v1 hmac-sm3 blind index key");
    const prk = createHmac("sm3", salt).update(KEY_A).digest();
    const t1 = createHmac("sm3", prk).update(Buffer.concat([info, Buffer.from([1])])).digest();
    expect(Buffer.from(hkdfSync("sm3", KEY_A, salt, info, 32)).equals(t1)).toBe(true);
    expect(derivePiiKey("k1", KEY_A).blind.equals(t1)).toBe(true);
  });
  it("stores SM4-CBC under the derived key: the format can be decrypted by hand", () => {
    const stored = a.encrypt("河南省南阳市宛城区");
    const [, , iv, ct] = stored.split(".");
    const enc = derivePiiKey("k1", KEY_A).enc;
    const d = createDecipheriv("sm4-cbc", enc, Buffer.from(iv ?? "", "base64url"));
    const plain = Buffer.concat([d.update(Buffer.from(ct ?? "", "base64url")), d.final()]);
    expect(plain.toString("utf8")).toBe("河南省南阳市宛城区");
  });
});

describe("round trip", () => {
  it.each([
    ["empty", ""],
    ["ID number", "41130219800101123X"],
    ["phone", "13812345678"],
    ["Chinese address", "河南省南阳市宛城区新华东路 1 号院 3 号楼 2 单元 501 室"],
    ["rare characters and emoji", "𠮷野家 👍🏽 Ω\u0000\n"],
    ["exactly one block", "0123456789abcdef"],
    ["10 kB", "代表联络站".repeat(2048).slice(0, 10_240)],
  ])("%s", (_, plaintext) => {
    const stored = a.encrypt(plaintext);
    expect(stored).toMatch(FORMAT);
    expect(stored).not.toContain(plaintext.length > 0 ? plaintext : "\u0001");
    expect(a.decrypt(stored)).toBe(plaintext);
  });
  it("gives a different ciphertext each time (random IV)", () => {
    const values = Array.from({ length: 50 }, () => a.encrypt("13812345678"));
    expect(new Set(values).size).toBe(50);
    expect(new Set(values.map((v) => v.split(".")[2])).size).toBe(50);
    for (const v of values) expect(a.decrypt(v)).toBe("13812345678");
  });
  it("binds an optional context: a value moved to another column fails", () => {
    const stored = a.encrypt("13812345678", "deputy.phone");
    expect(a.decrypt(stored, "deputy.phone")).toBe("13812345678");
    expectCipherError(() => a.decrypt(stored, "deputy.idCard"), "integrity");
    expectCipherError(() => a.decrypt(stored), "integrity");
  });
});

describe("tampering", () => {
  const stored = a.encrypt("河南省南阳市卧龙区");
  const parts = stored.split(".");

  it.each([
    ["iv", 2],
    ["ciphertext", 3],
    ["mac", 4],
  ])("flipping any bit of any byte of the %s is detected", (_, index) => {
    const bytes = Buffer.from(parts[index] ?? "", "base64url");
    for (let i = 0; i < bytes.length; i++) {
      for (const bit of [0x01, 0x80]) {
        const copy = Buffer.from(bytes);
        copy[i] = (copy[i] ?? 0) ^ bit;
        const forged = parts.map((p, j) => (j === index ? copy.toString("base64url") : p)).join(".");
        expectCipherError(() => a.decrypt(forged), "integrity");
      }
    }
  });
  it("changing any character of the stored text is detected", () => {
    for (let i = 0; i < stored.length; i++) {
      const ch = stored.charAt(i);
      for (const replacement of ["A", "B", "_", "."]) {
        if (replacement === ch) continue;
        expectCipherError(() => a.decrypt(stored.slice(0, i) + replacement + stored.slice(i + 1)));
      }
    }
  });
  it("accepts only canonical base64url: no second spelling of the same bytes", () => {
    // The last character of an IV (16 bytes) or MAC (32 bytes) carries unused low bits; another
    // character with the same high bits decodes to the same bytes and must still be refused.
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (const index of [2, 4]) {
      const part = parts[index] ?? "";
      const last = alphabet.indexOf(part.charAt(part.length - 1));
      const sibling = alphabet.charAt(last ^ 1); // bit 0 is unused in both (4 resp. 2 unused bits)
      const variant = part.slice(0, -1) + sibling;
      expect(variant).not.toBe(part);
      expect(Buffer.from(variant, "base64url").equals(Buffer.from(part, "base64url"))).toBe(true);
      expectCipherError(() => a.decrypt(parts.map((p, j) => (j === index ? variant : p)).join(".")), "format");
    }
  });
  it("rejects truncated, extended and foreign values with a typed error", () => {
    const [v, id, iv, ct, mac] = parts;
    const block = Buffer.from(ct ?? "", "base64url");
    const cases = [
      "",
      "13812345678",
      parts.slice(0, 4).join("."),
      `${stored}.x`,
      `v2.${id}.${iv}.${ct}.${mac}`,
      `${v}.${id}.${iv}.${block.subarray(16).toString("base64url")}.${mac}`, // one block dropped
      `${v}.${id}.${iv}.${ct}.${mac}=`,
      `${v}.${id}.${iv}.${ct}.${(mac ?? "").slice(0, -1)}`,
    ];
    for (const forged of cases) expectCipherError(() => a.decrypt(forged));
    expectCipherError(() => a.decrypt(`${v}.${id}.${iv}.${block.subarray(16).toString("base64url")}.${mac}`), "integrity");
  });
});

describe("keys", () => {
  it("the wrong key under the same id fails the integrity check", () => {
    expectCipherError(() => cipherWith("k1", KEY_B).decrypt(a.encrypt("secret")), "integrity");
  });
  it("an unknown key id is reported as such", () => {
    expectCipherError(() => cipherWith("k2", KEY_B).decrypt(a.encrypt("secret")), "unknownKey");
  });
  it("rotates: old values still decrypt, re-encryption uses the new id", () => {
    const rotated = cipherWith("k2", KEY_B, [["k1", KEY_A]]);
    const old = a.encrypt("41130219800101123X");
    expect(rotated.decrypt(old)).toBe("41130219800101123X");
    expect(rotated.needsReencryption(old)).toBe(true);
    const fresh = rotated.reencrypt(old);
    expect(fresh.startsWith("v1.k2.")).toBe(true);
    expect(rotated.needsReencryption(fresh)).toBe(false);
    expect(rotated.reencrypt(fresh)).toBe(fresh);
    expect(rotated.decrypt(fresh)).toBe("41130219800101123X");
    expect(rotated.encrypt("x").startsWith("v1.k2.")).toBe(true);
    expectCipherError(() => a.decrypt(fresh), "unknownKey");
    expect(a.needsReencryption(old)).toBe(false);
    expectCipherError(() => rotated.needsReencryption("garbage"), "format");
  });
});

describe("blind index", () => {
  it("is stable, 64 hex digits, and differs per kind, value and key", () => {
    const again = cipherWith("k1", KEY_A);
    const idx = a.blindIndex("idCard", "41130219800101123X");
    expect(idx).toMatch(/^[0-9a-f]{64}$/);
    expect(again.blindIndex("idCard", "41130219800101123X")).toBe(idx);
    expect(a.blindIndex("phone", "41130219800101123X")).not.toBe(idx);
    expect(a.blindIndex("idCard", "41130219800101124X")).not.toBe(idx);
    expect(cipherWith("k1", KEY_B).blindIndex("idCard", "41130219800101123X")).not.toBe(idx);
    // kind and value are separated: ("ab", "c") and ("a", "bc") differ.
    expect(a.blindIndex("ab", "c")).not.toBe(a.blindIndex("a", "bc"));
  });
  it("offers the index under every known key while keys rotate", () => {
    const rotated = cipherWith("k2", KEY_B, [["k1", KEY_A]]);
    const candidates = rotated.blindIndexCandidates("phone", "13812345678");
    expect(candidates).toEqual([rotated.blindIndex("phone", "13812345678"), a.blindIndex("phone", "13812345678")]);
  });
  it("refuses a malformed kind", () => {
    expectCipherError(() => a.blindIndex("", "x"), "config");
    expectCipherError(() => a.blindIndex("id\u0000card", "x"), "config");
  });
});

describe("configuration from the environment", () => {
  const key = (b: Buffer): string => b.toString("base64");
  afterEach(() => setPiiCipherForTesting(undefined));

  it("requires PII_KEY in production and refuses the development key there", () => {
    expectCipherError(() => keyringFromEnv({ NODE_ENV: "production" }), "config");
    const dev = keyringFromEnv({ NODE_ENV: "development" });
    expect(dev.current.id).toBe(DEV_PII_KEY_ID);
    const devKey = "FX7zESHxsYS+YyJDGAWqnLnNvffao4bE3spTxXyR2tw=";
    expectCipherError(() => keyringFromEnv({ NODE_ENV: "production", PII_KEY: devKey, PII_KEY_ID: "k9" }), "config");
    expectCipherError(
      () => keyringFromEnv({ NODE_ENV: "production", PII_KEY: key(KEY_A), PII_OLD_KEYS: `old:${devKey}` }),
      "config",
    );
    expect(keyringFromEnv({ NODE_ENV: "production", PII_KEY: key(KEY_A) }).current.id).toBe("k1");
  });
  it("reads the current key, its id and old keys", () => {
    const ring = keyringFromEnv({
      NODE_ENV: "production",
      PII_KEY: key(KEY_B),
      PII_KEY_ID: "k2",
      PII_OLD_KEYS: ` k1:${key(KEY_A)} , k0:${key(randomBytes(32))}`,
    });
    expect([ring.current.id, ...ring.old.map((k) => k.id)]).toEqual(["k2", "k1", "k0"]);
    expect(createPiiCipher(ring).decrypt(a.encrypt("x"))).toBe("x");
  });
  it.each([
    ["a short key", { PII_KEY: key(randomBytes(16)) }],
    ["a long key", { PII_KEY: key(randomBytes(33)) }],
    ["not base64", { PII_KEY: "not base64 at all!".padEnd(44, "!") }],
    ["an old key without id", { PII_OLD_KEYS: key(KEY_A) }],
    ["a duplicate id", { PII_KEY: key(KEY_A), PII_KEY_ID: "k1", PII_OLD_KEYS: `k1:${key(KEY_B)}` }],
    ["an id with a dot", { PII_KEY: key(KEY_A), PII_KEY_ID: "k.1" }],
  ])("refuses %s", (_, values) => {
    expectCipherError(() => keyringFromEnv({ NODE_ENV: "test", ...values }), "config");
  });
  it("the module-level functions use the configured keys (development key under test)", () => {
    const stored = encryptPii("13812345678");
    expect(stored.split(".")[1]).toBe(DEV_PII_KEY_ID);
    expect(decryptPii(stored)).toBe("13812345678");
    expect(blindIndex("phone", "13812345678")).toMatch(/^[0-9a-f]{64}$/);
    setPiiCipherForTesting(a);
    expect(encryptPii("x").startsWith("v1.k1.")).toBe(true);
  });
});
