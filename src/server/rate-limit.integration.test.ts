import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { RATE_LIMITS } from "@/domain/rate-limits";
import { testDbKind } from "../../tests/helpers/global-setup";
import { useTestDatabase } from "../../tests/helpers/test-db";
import { consumeRateLimit } from "./rate-limit";

const db = useTestDatabase();
const { points } = RATE_LIMITS.publicSubmitPerIp;

describe("rate limits kept in the database", () => {
  it("allows the policy's points, then refuses with a retry time, per key", async () => {
    const decisions = [];
    for (let i = 0; i <= points; i++) decisions.push(await consumeRateLimit("publicSubmitPerIp", "203.0.113.1", db()));
    expect(decisions.slice(0, points).every((d) => d.allowed)).toBe(true);
    const last = decisions[points]!;
    expect(last.allowed).toBe(false);
    if (!last.allowed) expect(last.retryAfterSeconds).toBeGreaterThan(500);
    expect((await consumeRateLimit("publicSubmitPerIp", "203.0.113.2", db())).allowed).toBe(true);
    expect((await consumeRateLimit("trackLookupPerIp", "203.0.113.1", db())).allowed).toBe(true);
  });

  it("opens again when the window has passed", async () => {
    for (let i = 0; i <= points; i++) await consumeRateLimit("publicSubmitPerIp", "198.51.100.3", db());
    expect((await consumeRateLimit("publicSubmitPerIp", "198.51.100.3", db())).allowed).toBe(false);
    await db().rateLimiterFlexible.updateMany({ where: { key: "publicSubmitPerIp:198.51.100.3" }, data: { expire: new Date(Date.now() - 1000) } });
    expect((await consumeRateLimit("publicSubmitPerIp", "198.51.100.3", db())).allowed).toBe(true);
  });

  it.runIf(testDbKind() === "postgres")("counts every one of 20 simultaneous requests, across two app instances", async () => {
    const url = db.database.url;
    if (!url) throw new Error("postgres test database without a URL");
    const other = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
    try {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => consumeRateLimit("publicSubmitPerIp", "192.0.2.20", i % 2 ? other : db())),
      );
      expect(results.filter((r) => r.allowed)).toHaveLength(points);
    } finally {
      await other.$disconnect();
    }
  });
});
