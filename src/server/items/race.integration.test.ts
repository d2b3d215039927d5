import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { testDbKind } from "../../../tests/helpers/global-setup";
import { testContext } from "../../../tests/factories/users";
import { seedLoopWorld, suggestionInput } from "../../../tests/factories/items";
import { setDbForTesting } from "../db";
import { submitItem, transitionItem } from "./commands";
import { ConflictError, WorkflowRefusal } from "./errors";

const db = useTestDatabase();
const RACERS = 20;

// A real server with real concurrent connections; PGlite has one connection and cannot race.
describe.runIf(testDbKind() === "postgres")("20 simultaneous identical transitions", () => {
  it("lets exactly one succeed and writes exactly one history row", async () => {
    const w = await seedLoopWorld(db());
    const { id } = await submitItem(w.cast.deputy, suggestionInput(), testContext(), new Date());
    const url = db.database.url;
    if (!url) throw new Error("postgres test database without a URL");
    const wide = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: RACERS }) });
    await wide.$connect();
    setDbForTesting(wide);
    let outcomes: PromiseSettledResult<unknown>[];
    const started = performance.now();
    try {
      outcomes = await Promise.allSettled(
        Array.from({ length: RACERS }, () => transitionItem(w.cast.staff, id, "accept", {}, testContext(), new Date())),
      );
    } finally {
      setDbForTesting(db.prisma);
      await wide.$disconnect();
    }
    const ms = Math.round(performance.now() - started);
    const won = outcomes.filter((o) => o.status === "fulfilled");
    const lost = outcomes.flatMap((o) => (o.status === "rejected" ? [o.reason as unknown] : []));
    const conflicts = lost.filter((e) => e instanceof ConflictError).length;
    console.info(`[race] ${RACERS} parallel accepts in ${ms} ms: 1 won, ${conflicts} version conflicts, ${lost.length - conflicts} refused as no longer allowed`);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(RACERS - 1);
    // a loser either lost the version check or read the item after the winner committed
    for (const e of lost) expect(e instanceof ConflictError || (e instanceof WorkflowRefusal && e.messageKey === "workflow.errors.notAllowedNow")).toBe(true);
    expect(await db().itemHistory.count({ where: { itemId: id, action: "accept" } })).toBe(1);
    expect(await db().auditLog.count({ where: { objectId: id, action: "item.transition" } })).toBe(1);
    expect(await db().item.findUniqueOrThrow({ where: { id }, select: { stage: true, version: true } })).toEqual({ stage: "ACCEPTED", version: 2 });
  });
});
