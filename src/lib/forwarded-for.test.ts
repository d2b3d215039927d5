import { describe, expect, it } from "vitest";
import { forwardedChain } from "./forwarded-for";

describe("X-Forwarded-For as the app server rebuilds it", () => {
  it("is only the peer when no proxy is trusted, whatever the client sent", () => {
    expect(forwardedChain("203.0.113.77", "198.51.100.5", 0)).toBe("198.51.100.5");
    expect(forwardedChain(["1.1.1.1", "2.2.2.2"], "::ffff:127.0.0.1", 0)).toBe("127.0.0.1");
    expect(forwardedChain(undefined, "10.0.0.9", 0)).toBe("10.0.0.9");
  });
  it("keeps what the trusted proxies appended, and drops what the client wrote before them", () => {
    // client forged 6.6.6.6; the proxy appended the real client 203.0.113.9; the peer is the proxy
    expect(forwardedChain("6.6.6.6, 203.0.113.9", "10.0.0.2", 1)).toBe("203.0.113.9, 10.0.0.2");
    expect(forwardedChain("203.0.113.9", "10.0.0.2", 2)).toBe("203.0.113.9, 10.0.0.2");
  });
});
