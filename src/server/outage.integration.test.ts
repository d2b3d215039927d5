import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { createTestDatabase } from "../../tests/helpers/test-db";
import { seedSessionToken, seedUser, TEST_PASSWORD, testContext } from "../../tests/factories/users";
import { authenticate } from "./auth/authenticate";
import { setDbForTesting } from "./db";
import { isDatabaseUnavailable, UnavailableError } from "./errors";
import { resolveSessionUser } from "./session";

const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  setDbForTesting(undefined);
  for (const close of closers) await close();
});

/**
 * security.md #18 "nothing fails open": with the database gone, the checks that guard every page
 * and action throw "unavailable" — they never answer with a user, a success or an empty result
 * that a caller could mistake for "allowed" or "nothing there".
 */
describe("database down mid-run", () => {
  it("session checks, sign-in and queries throw 'unavailable' instead of answering", async () => {
    const db = await createTestDatabase();
    closers.push(db.close);
    setDbForTesting(db.prisma);
    const user = await seedUser(db.prisma, { role: "STAFF" });
    const token = await seedSessionToken(db.prisma, user, Math.floor(Date.now() / 1000));
    expect(await resolveSessionUser(token)).toMatchObject({ id: user.id });

    const down = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://postgres@127.0.0.1:9/none", connectionTimeoutMillis: 1_000 }) });
    closers.push(() => down.$disconnect());
    setDbForTesting(down);

    await expect(resolveSessionUser(token)).rejects.toBeInstanceOf(UnavailableError);
    const signIn = await authenticate({ username: user.username, password: TEST_PASSWORD }, testContext()).catch((e: unknown) => e);
    expect(isDatabaseUnavailable(signIn)).toBe(true);

    // and back: the same checks answer again without any restart
    setDbForTesting(db.prisma);
    expect(await resolveSessionUser(token)).toMatchObject({ id: user.id });
  });
});
