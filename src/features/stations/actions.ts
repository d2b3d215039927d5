"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { TActionState } from "@/lib/action-state";
import { runAction } from "@/server/actions";
import { createStationEvent, raiseEventIssue } from "@/server/stations/events";
import { createStation, updateOwnStation, updateStation } from "@/server/stations/manage";
import { cancelReceptionDay, publishReceptionDay } from "@/server/stations/reception";
import { recordVisit } from "@/server/stations/visits";
import { formRecord } from "@/lib/form-entries";
import { ZCancelReceptionForm, ZEventForm, ZIssueForm, ZOwnStationForm, ZReceptionForm, ZStationForm, ZVisitForm } from "./schemas";

/** Runs the action and, when it succeeded, redirects (outside runAction: redirect throws). */
async function thenGo(state: Promise<TActionState>, target: { path?: string }): Promise<TActionState> {
  const result = await state;
  if (target.path) redirect(target.path);
  return result;
}

export async function createStationAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const go: { path?: string } = {};
  return thenGo(
    runAction(formRecord(formData, ["deputyIds"]), { permission: "station:write", schema: ZStationForm }, async (actor, data, ctx) => {
      if (data.stationId) return { ok: false, message: "actions.invalid" };
      const { id } = await createStation(actor, data, ctx);
      revalidatePath("/stations");
      go.path = `/stations/${id}?saved=1`;
    }),
    go,
  );
}

export async function updateStationAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const go: { path?: string } = {};
  return thenGo(
    runAction(formRecord(formData, ["deputyIds"]), { permission: "station:write", schema: ZStationForm }, async (actor, data, ctx) => {
      const { stationId, ...fields } = data;
      await updateStation(actor, stationId ?? "", fields, ctx);
      revalidatePath("/stations");
      go.path = `/stations/${stationId}?saved=1`;
    }),
    go,
  );
}

export async function updateOwnStationAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const go: { path?: string } = {};
  return thenGo(
    runAction(formRecord(formData, ["deputyIds"]), { permission: "station:manageOwn", schema: ZOwnStationForm }, async (actor, data, ctx) => {
      await updateOwnStation(actor, data.stationId, { address: data.address, deputyIds: data.deputyIds }, ctx);
      go.path = `/stations/${data.stationId}?saved=1`;
    }),
    go,
  );
}

export async function publishReceptionAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const go: { path?: string } = {};
  return thenGo(
    runAction(formRecord(formData, ["deputyIds"]), { schema: ZReceptionForm }, async (actor, data, ctx) => {
      await publishReceptionDay(actor, data, ctx);
      revalidatePath(`/public/stations/${data.stationId}`);
      go.path = `/stations/${data.stationId}?month=${data.date.slice(0, 7)}&published=1`;
    }),
    go,
  );
}

export async function cancelReceptionAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const go: { path?: string } = {};
  return thenGo(
    runAction(formData, { schema: ZCancelReceptionForm }, async (actor, data, ctx) => {
      await cancelReceptionDay(actor, data.receptionDayId, ctx);
      revalidatePath(`/public/stations/${data.stationId}`);
      go.path = `/stations/${data.stationId}?cancelled=1`;
    }),
    go,
  );
}

export async function recordVisitAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const go: { path?: string } = {};
  return thenGo(
    runAction(formData, { schema: ZVisitForm }, async (actor, data, ctx) => {
      const { stationId, ...visit } = data;
      const done = await recordVisit(actor, visit, ctx);
      go.path = `/stations/${stationId}?raised=${encodeURIComponent(done.trackingNumber)}`;
    }),
    go,
  );
}

export async function createEventAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const go: { path?: string } = {};
  return thenGo(
    runAction(formRecord(formData, ["deputyIds", "unitIds"]), { schema: ZEventForm }, async (actor, data, ctx) => {
      await createStationEvent(actor, data, ctx);
      go.path = `/stations/${data.stationId}?saved=1#events`;
    }),
    go,
  );
}

export async function raiseIssueAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const go: { path?: string } = {};
  return thenGo(
    runAction(formData, { schema: ZIssueForm }, async (actor, data, ctx) => {
      const { stationId, ...issue } = data;
      const done = await raiseEventIssue(actor, issue, ctx);
      go.path = `/stations/${stationId}?raised=${encodeURIComponent(done.trackingNumber)}#events`;
    }),
    go,
  );
}
