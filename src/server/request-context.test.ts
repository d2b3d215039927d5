import { afterEach, describe, expect, it, vi } from "vitest";

async function load(trustProxy: string) {
  vi.resetModules();
  vi.stubEnv("TRUST_PROXY", trustProxy);
  return import("./request-context");
}

afterEach(() => vi.unstubAllEnvs());

describe("client address", () => {
  it("is the last entry with no trusted proxy (the app server puts the peer there)", async () => {
    const { clientIp } = await load("0");
    expect(clientIp(new Headers({ "x-forwarded-for": "198.51.100.5" }))).toBe("198.51.100.5");
  });
  it("steps back over the trusted proxies", async () => {
    const { clientIp } = await load("1");
    expect(clientIp(new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.2" }))).toBe("203.0.113.9");
    expect(clientIp(new Headers({ "x-forwarded-for": "10.0.0.2" }))).toBeNull();
  });
  it("keeps a well-formed request id and replaces anything else", async () => {
    const { requestContext } = await load("0");
    expect(requestContext(new Headers({ "x-request-id": "abcdef12-3456" })).requestId).toBe("abcdef12-3456");
    expect(requestContext(new Headers({ "x-request-id": "<script>" })).requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
