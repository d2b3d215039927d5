"use server";

import { redirect } from "next/navigation";
import type { TActionState } from "@/lib/action-state";
import { runAction } from "@/server/actions";
import { createGridCell } from "@/server/grid/cells";
import { reportGridFinding } from "@/server/grid/findings";
import { formRecord } from "@/lib/form-entries";
import { ZCellForm, ZFindingForm } from "./schemas";

export async function createCellAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const go: { path?: string } = {};
  const state = await runAction(formRecord(formData, ["deputyIds"]), { permission: "station:write", schema: ZCellForm }, async (actor, data, ctx) => {
    const { id } = await createGridCell(actor, data, ctx);
    go.path = `/stations/grid/${id}`;
  });
  if (go.path) redirect(go.path);
  return state;
}

/** 网格发现: the finding and its loop item (source GRID_REPORT) in one step. */
export async function reportFindingAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const go: { path?: string } = {};
  const state = await runAction(formData, { permission: "grid:report", schema: ZFindingForm }, async (actor, data, ctx) => {
    const done = await reportGridFinding(actor, data, ctx);
    go.path = `/stations/grid/${data.cellId}?raised=${encodeURIComponent(done.trackingNumber)}`;
  });
  if (go.path) redirect(go.path);
  return state;
}
