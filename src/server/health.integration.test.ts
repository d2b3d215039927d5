import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { GET } from "@/app/api/health/route";
import { createTestDatabase } from "../../tests/helpers/test-db";
import { setDbForTesting } from "./db";
import { isDatabaseUnavailable } from "./errors";

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  setDbForTesting(undefined);
  for (const close of closers) await close();
});

describe("/api/health", () => {
  it("answers 200 with the database up", async () => {
    const db = await createTestDatabase();
    closers.push(db.close);
    setDbForTesting(db.prisma);
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: "up" });
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("answers 503 with the database down, and the error is recognised as 'unavailable'", async () => {
    // Port 9 (discard) on loopback: nothing listens, the connection is refused at once.
    const down = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://postgres@127.0.0.1:9/none", connectionTimeoutMillis: 1_000 }) });
    closers.push(() => down.$disconnect());
    setDbForTesting(down);
    const res = await GET();
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: "unavailable", database: "down" });
    const error = await down.user.count().catch((e: unknown) => e);
    expect(isDatabaseUnavailable(error)).toBe(true);
  });
});
