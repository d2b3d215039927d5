import "server-only";
import { z } from "zod";
import type { TStage } from "@/domain/workflow/stages";
import { availableActions } from "@/domain/workflow/machine";
import type { TAction } from "@/domain/workflow/actions";
import type { TActor } from "../authz";
import { getDb } from "../db";
import { ForbiddenError, NotFoundError } from "../errors";
import type { TUnitOption } from "./list";
import { actorFacts, canSee, loadFacts } from "./facts";

/** Items as their viewers see them. Every read is scoped to what the actor may see. */

// the lists live in ./list.ts; re-exported for the pages and tests that import them from here
export { listItems, ZListItems, type TItemListRow, type TListItemsFilter, type TUnitOption } from "./list";

export type TItemHistoryRow = {
  at: Date;
  action: string;
  fromStage: TStage | null;
  toStage: TStage;
  round: number;
  note: string | null;
  actorName: string | null;
};

export type TItemView = {
  id: string;
  trackingNumber: string;
  source: string;
  title: string;
  body: string;
  stage: TStage;
  round: number;
  resultClass: string | null;
  replyText: string | null;
  satisfaction: string | null;
  followUp: string | null;
  keySupervised: boolean;
  deadline: Date | null;
  createdAt: Date;
  version: number;
  committee: { id: string; name: string };
  /** shown to the committee's staff only (personal data of a submitter without an account) */
  submitterName: string | null;
  units: { id: string; name: string; role: "LEAD" | "CO" }[];
  sponsors: { userId: string; name: string; isLead: boolean }[];
  history: TItemHistoryRow[];
  /** what this viewer may do now (the workflow table decides) */
  availableActions: TAction[];
};

export async function getItemForViewer(actor: TActor, id: string, now: Date = new Date()): Promise<TItemView> {
  if (!z.uuid().safeParse(id).success) throw new NotFoundError();
  const db = getDb();
  const loaded = await loadFacts(db, id);
  if (!loaded || !canSee(actor, loaded.facts)) throw new NotFoundError();
  const row = await db.item.findUniqueOrThrow({
    where: { id },
    select: {
      id: true, trackingNumber: true, source: true, title: true, body: true, stage: true, round: true,
      resultClass: true, replyText: true, satisfaction: true, followUp: true, keySupervised: true,
      deadline: true, createdAt: true, version: true, submitterName: true,
      committee: { select: { id: true, name: true } },
      units: { select: { role: true, unit: { select: { id: true, name: true } } }, orderBy: { role: "asc" } },
      sponsors: { select: { userId: true, isLead: true, user: { select: { displayName: true } } }, orderBy: { isLead: "desc" } },
      history: {
        select: { at: true, action: true, fromStage: true, toStage: true, round: true, note: true, actor: { select: { displayName: true } } },
        orderBy: [{ at: "asc" }, { id: "asc" }],
      },
    },
  });
  const { units, sponsors, history, submitterName, ...rest } = row;
  return {
    ...rest,
    submitterName: actor.role === "STAFF" ? submitterName : null,
    units: units.map((u) => ({ id: u.unit.id, name: u.unit.name, role: u.role })),
    sponsors: sponsors.map((s) => ({ userId: s.userId, name: s.user.displayName, isLead: s.isLead })),
    history: history.map(({ actor: who, ...h }) => ({ ...h, actorName: who?.displayName ?? null })),
    availableActions: availableActions(loaded.facts, actorFacts(actor), now),
  };
}


/**
 * The units staff may assign this item to: the active units of the item's committee. Only for the
 * committee's own staff; anyone else is told the item does not exist.
 */
export async function assignableUnits(actor: TActor, itemId: string): Promise<TUnitOption[]> {
  if (!z.uuid().safeParse(itemId).success) throw new NotFoundError();
  const db = getDb();
  const loaded = await loadFacts(db, itemId);
  if (!loaded || !canSee(actor, loaded.facts)) throw new NotFoundError();
  if (actor.role !== "STAFF") throw new ForbiddenError("only staff assign items");
  return db.handlingUnit.findMany({
    where: { committeeId: loaded.facts.committeeId, active: true },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
