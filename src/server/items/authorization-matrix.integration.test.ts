import { randomUUID } from "node:crypto";
import { itemFootprint } from "../../../tests/factories/items";
import { beforeAll, describe, expect, it } from "vitest";
import { ACTIONS, type TAction } from "@/domain/workflow/actions";
import { WORKFLOW_ERRORS as E } from "@/domain/workflow/errors";
import type { TItemFacts } from "@/domain/workflow/facts";
import { RELATION_ROLE } from "@/domain/workflow/relations";
import { TERMINAL_STAGES } from "@/domain/workflow/stages";
import { possibleTargets, TRANSITIONS, type TTransitionRule } from "@/domain/workflow/transitions";
import { useTestDatabase } from "../../../tests/helpers/test-db";
import { testContext } from "../../../tests/factories/users";
import { ForbiddenError, NotFoundError } from "../errors";
import { transitionItem } from "./commands";
import { WorkflowRefusal } from "./errors";
import { loadFacts } from "./facts";
import {
  allowedActions, buildVariant, CAST_NAMES, cellNow, expectedOutcome, inputFor, relationsOf, seedMatrixWorld,
  VARIANTS, visibleTo, type TCastName, type TExpected, type TMatrixWorld, type TVariant,
} from "./matrix-fixtures";
import { assignableUnits, getItemForViewer, listItems } from "./queries";

/**
 * issue 3 item 6: every action × every role (and relation: own item or someone else's) × every stage.
 * Each stage's item is built once through the commands; a refused cell runs against it (and must
 * leave it untouched), an allowed cell against a fresh copy built the same way.
 */
const db = useTestDatabase();
let w: TMatrixWorld;
const templates = new Map<string, { id: string; facts: TItemFacts }>();

const snapshot = (itemId: string) => itemFootprint(db(), itemId);

/** What transitionItem actually did: "allowed", "notFound", or the refusal's message key. */
async function outcome(name: TCastName, itemId: string, action: TAction, v: TVariant): Promise<string> {
  try {
    await transitionItem(w.cast[name], itemId, action, inputFor(w, action), testContext(), cellNow(v));
    return "allowed";
  } catch (error) {
    if (error instanceof NotFoundError) return "notFound";
    if (error instanceof WorkflowRefusal) return error.messageKey;
    throw error;
  }
}

const template = (v: TVariant) => {
  const t = templates.get(v.name);
  if (!t) throw new Error(`no template for ${v.name}`);
  return t;
};
const expected = (name: TCastName, action: TAction, v: TVariant): TExpected =>
  expectedOutcome(name, w.cast[name].role, action, v, template(v).facts);

const timings: Record<string, number> = {};
const timed = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
  const started = performance.now();
  try {
    return await run();
  } finally {
    timings[label] = (timings[label] ?? 0) + Math.round(performance.now() - started);
  }
};

beforeAll(async () => {
  await timed("seed+templates", async () => {
    w = await seedMatrixWorld(db());
    for (const v of VARIANTS) {
      const id = await buildVariant(w, v);
      const loaded = await loadFacts(db(), id);
      if (!loaded) throw new Error(`template ${v.name} vanished`);
      expect(loaded.facts.stage).toBe(v.stage);
      templates.set(v.name, { id, facts: loaded.facts });
    }
  });
}, 180_000);

describe("the oracle covers the table", () => {
  it("has every role, a stage where each action is allowed and one where it is not, and every role × relation of `by`", () => {
    expect(new Set(CAST_NAMES.map((n) => w.cast[n].role))).toEqual(new Set(["ADMIN", "AUDITOR", "STAFF", "LEADER", "DEPUTY", "UNIT", "STATION_MANAGER"]));
    for (const action of ACTIONS) {
      const rule = TRANSITIONS[action] as TTransitionRule<TAction>;
      const cells = VARIANTS.flatMap((v) => CAST_NAMES.map((n) => ({ v, n, e: expected(n, action, v) })));
      expect(cells.some((c) => c.e === "allowed"), `${action} allowed somewhere`).toBe(true);
      expect(cells.some((c) => c.e === E.notAllowedNow), `${action} refused by stage somewhere`).toBe(true);
      for (const [role, relation] of Object.entries(rule.by)) {
        expect(RELATION_ROLE[relation], `${action}: ${role} by ${relation}`).toBe(role);
        const by = cells.filter((c) => c.e === "allowed" && w.cast[c.n].role === role && relationsOf(c.n, c.v).has(relation));
        expect(by.length, `${action} allowed for ${role} as ${relation}`).toBeGreaterThan(0);
        // and refused for the same role without the relation (someone else's item)
        const without = cells.filter((c) => w.cast[c.n].role === role && rule.from.includes(c.v.stage) && !relationsOf(c.n, c.v).has(relation));
        expect(without.length, `${action} tried by ${role} without ${relation}`).toBeGreaterThan(0);
        expect(without.every((c) => c.e !== "allowed")).toBe(true);
      }
    }
  });
});

describe.each(VARIANTS)("stage $name", (v) => {
  it.each(CAST_NAMES)("%s: every refused action is refused as the table says and writes nothing; the item page offers exactly the allowed ones", async (name) => {
    const { id } = template(v);
    const before = await snapshot(id);
    const mismatches: string[] = [];
    await timed("refused cells", async () => {
      for (const action of ACTIONS) {
        const want = expected(name, action, v);
        if (want === "allowed") continue;
        const got = await outcome(name, id, action, v);
        if (got !== want) mismatches.push(`${action}: expected ${want}, got ${got}`);
      }
    });
    expect(mismatches).toEqual([]);
    expect(await snapshot(id)).toEqual(before);

    const viewing = () => getItemForViewer(w.cast[name], id, cellNow(v));
    const units = () => assignableUnits(w.cast[name], id);
    if (visibleTo(name, v)) {
      expect((await viewing()).availableActions).toEqual(allowedActions(name, w.cast[name].role, v, template(v).facts));
      // only the committee's staff learn which units an item may be assigned to
      if (w.cast[name].role === "STAFF") expect((await units()).map((u) => u.id).sort()).toEqual(Object.values(w.a.units).map((u) => u.id).sort());
      else await expect(units()).rejects.toBeInstanceOf(ForbiddenError);
    } else {
      await expect(viewing()).rejects.toBeInstanceOf(NotFoundError);
      await expect(units()).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  const allowed = () => CAST_NAMES.flatMap((name) => ACTIONS.filter((a) => expected(name, a, v) === "allowed").map((action) => ({ name, action })));
  it("every allowed action succeeds on a fresh copy and writes exactly one history row and one audit row", async () => {
    const cells = allowed();
    for (const { name, action } of cells) {
      const id = await timed("allowed: build copy", () => buildVariant(w, v));
      const before = await snapshot(id);
      const earlier = (await db().itemHistory.findMany({ where: { itemId: id }, select: { id: true } })).map((h) => h.id);
      const done = await timed("allowed cells", () => transitionItem(w.cast[name], id, action, inputFor(w, action), testContext(), cellNow(v)));
      const after = await snapshot(id);
      const cell = `${name} ${action} in ${v.name}`;
      expect(possibleTargets(TRANSITIONS[action], v.stage), cell).toContain(done.stage);
      expect(after, cell).toMatchObject({ history: before.history + 1, audit: before.audit + 1, version: before.version + 1, stage: done.stage });
      const written = await db().itemHistory.findMany({ where: { itemId: id, id: { notIn: earlier } } });
      expect(written, cell).toMatchObject([{ action, actorId: w.cast[name].id, fromStage: v.stage, toStage: done.stage }]);
    }
    expect(cells.length > 0, "some action is allowed here").toBe(!TERMINAL_STAGES.includes(v.stage));
  });
});

describe("seeing items", () => {
  const known = () => VARIANTS.map((v) => ({ id: template(v).id, v }));

  async function listed(name: TCastName): Promise<Set<string>> {
    const ids = new Set<string>();
    for (let page = 1; ; page++) {
      const r = await listItems(w.cast[name], { page, pageSize: 100 });
      r.rows.forEach((row) => ids.add(row.id));
      if (page * r.pageSize >= r.total) return ids;
    }
  }

  it.each(["staff", "leader", "leadUnit", "coUnit", "otherUnit", "foreignUnit", "leadSponsor", "coSponsor", "otherDeputy", "otherStaff", "otherLeader"] as const)(
    "%s lists exactly the items they may see: a unit its own, a deputy what they sponsor, staff their committee's",
    async (name) => {
      const ids = await listed(name);
      for (const { id, v } of known()) expect(ids.has(id), `${name} lists ${v.name}`).toBe(visibleTo(name, v));
      const foreignVisible = name === "otherStaff" || name === "otherLeader";
      expect(ids.has(w.foreignItemId), `${name} lists committee B's item`).toBe(foreignVisible);
      const viewing = getItemForViewer(w.cast[name], w.foreignItemId);
      if (foreignVisible) await expect(viewing).resolves.toMatchObject({ id: w.foreignItemId });
      else await expect(viewing).rejects.toBeInstanceOf(NotFoundError);
    },
  );

  it.each(["admin", "auditor"] as const)("%s has no item list and sees no item", async (name) => {
    await expect(listItems(w.cast[name])).rejects.toBeInstanceOf(ForbiddenError);
    for (const { id } of known()) await expect(getItemForViewer(w.cast[name], id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a station manager lists only what they recorded (none of these) and sees none of them", async () => {
    expect((await listItems(w.cast.stationManager)).total).toBe(0);
    for (const { id } of known()) await expect(getItemForViewer(w.cast.stationManager, id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("forged ids in a direct call", () => {
  const FORGED = ["not-a-uuid", "", "00000000-0000-0000-0000-000000000000'; --", "../items/1"];

  it.each(CAST_NAMES)("%s: a random uuid, a malformed id and another committee's item are all 'not found', and nothing is written", async (name) => {
    const actor = w.cast[name];
    const others = name === "otherStaff" || name === "otherLeader" ? [] : [w.foreignItemId];
    const ids = [randomUUID(), ...FORGED, ...others];
    const before = await Promise.all([db().itemHistory.count(), db().auditLog.count(), db().item.count()]);
    for (const id of ids) {
      for (const action of ACTIONS) {
        await expect(transitionItem(actor, id, action, inputFor(w, action), testContext(), new Date()), `${action} on ${id}`).rejects.toBeInstanceOf(NotFoundError);
      }
      await expect(getItemForViewer(actor, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(assignableUnits(actor, id)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await Promise.all([db().itemHistory.count(), db().auditLog.count(), db().item.count()])).toEqual(before);
  });

  it("refuses another committee's item as a merge target and another committee's unit in an assignment, writing nothing", async () => {
    const submitted = template(VARIANTS[0] as TVariant).id;
    const accepted = template(VARIANTS.find((v) => v.name === "ACCEPTED") as TVariant).id;
    const before = [await snapshot(submitted), await snapshot(accepted)];
    await expect(transitionItem(w.cast.staff, submitted, "merge", { targetItemId: w.foreignItemId }, testContext(), new Date())).rejects.toMatchObject({ messageKey: E.mergeTargetRequired });
    await expect(transitionItem(w.cast.staff, submitted, "merge", { targetItemId: randomUUID() }, testContext(), new Date())).rejects.toMatchObject({ messageKey: E.mergeTargetRequired });
    await expect(transitionItem(w.cast.staff, accepted, "assign", { leadUnitId: w.b.units.lead.id }, testContext(), new Date())).rejects.toMatchObject({ messageKey: E.leadUnitRequired });
    await expect(transitionItem(w.cast.staff, accepted, "assign", { leadUnitId: w.a.units.lead.id, coUnitIds: [w.b.units.co.id] }, testContext(), new Date())).rejects.toMatchObject({ messageKey: E.coUnitInvalid });
    expect([await snapshot(submitted), await snapshot(accepted)]).toEqual(before);
  });
});

describe("forged actions and fields in a direct call", () => {
  it("refuses an action name outside the table and fields the action does not take, writing nothing", async () => {
    const submitted = template(VARIANTS[0] as TVariant).id;
    const before = await snapshot(submitted);
    for (const forged of ["constructor", "toString", "__proto__", "submit", "ACCEPT", ""]) {
      await expect(transitionItem(w.cast.staff, submitted, forged as TAction, {}, testContext(), new Date()), forged).rejects.toMatchObject({ messageKey: E.invalidInput });
    }
    // no mass assignment: the stage, the version or the units cannot ride along with the input
    for (const extra of [{ stage: "CLOSED" }, { version: 99 }, { leadUnitId: w.a.units.lead.id }, { actorId: w.cast.leadSponsor.id }]) {
      await expect(transitionItem(w.cast.staff, submitted, "accept", extra, testContext(), new Date()), JSON.stringify(extra)).rejects.toBeInstanceOf(WorkflowRefusal);
    }
    expect(await snapshot(submitted)).toEqual(before);
  });
});

describe("report", () => {
  it("prints the matrix size and timings", () => {
    const cells = VARIANTS.length * CAST_NAMES.length * ACTIONS.length;
    const allowedCells = VARIANTS.flatMap((v) => CAST_NAMES.flatMap((n) => ACTIONS.filter((a) => expected(n, a, v) === "allowed"))).length;
    console.info(`authorization matrix: ${VARIANTS.length} stages × ${CAST_NAMES.length} actors × ${ACTIONS.length} actions = ${cells} cells (${allowedCells} allowed); ms ${JSON.stringify(timings)}`);
    expect(allowedCells).toBeGreaterThan(0);
  });
});
