import "server-only";
import { randomUUID } from "node:crypto";
import type { TTx } from "@/server/db";
import { ForbiddenError } from "@/server/errors";
import { createItemInTx, type TSubmitted } from "@/server/items/commands";
import type { TRequestContext } from "@/server/request-context";
import type { TSessionUser } from "@/server/session";

export type TLoopSource = "STATION_VISIT" | "GRID_REPORT" | "FACE_TO_FACE";

export type TRaise = {
  source: TLoopSource;
  title: string;
  body: string;
  /** the committee that runs the station or grid cell (committeeForRegion) */
  committeeId: string;
  /** a resident without an account (a visitor, a grid resident); required unless a deputy raises it */
  submitterName?: string;
};

/**
 * Raises a loop item inside the caller's transaction (createItemInTx), so that the station's own
 * record and its item commit together or not at all.
 *
 * The loop's submit rules (src/server/items/submit-input.ts) know DEPUTY and STAFF sides only. A
 * deputy raises the item as themselves (lead sponsor). Staff raise it for their own committee.
 * A STATION_MANAGER has no side there yet: until the loop-intake branch's STATION_MANAGER side is
 * merged, their item is recorded through the STAFF path for the station's committee, with the
 * manager's own account as its creator (item.createdById = the manager). Our own audit row
 * (station.visit.record …) carries the manager's real role. After the merge, pass `actor` as is.
 */
export async function raiseItem(tx: TTx, actor: TSessionUser, raise: TRaise, ctx: TRequestContext, now: Date): Promise<TSubmitted> {
  const input = {
    source: raise.source,
    title: raise.title,
    body: raise.body,
    idempotencyKey: `st-${randomUUID().replaceAll("-", "")}`,
    ...(actor.role === "DEPUTY" ? {} : { submitterName: raise.submitterName }),
  };
  switch (actor.role) {
    case "DEPUTY":
      return createItemInTx(tx, actor, input, ctx, now);
    case "STAFF":
      return createItemInTx(tx, actor, input, ctx, now);
    case "STATION_MANAGER":
      return createItemInTx(tx, { ...actor, role: "STAFF", committeeId: raise.committeeId, unitId: null }, input, ctx, now);
    default:
      throw new ForbiddenError(`${actor.role} raises no loop items`);
  }
}
