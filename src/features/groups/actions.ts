"use server";

import { redirect } from "next/navigation";
import type { TActionState } from "@/lib/action-state";
import { runAction } from "@/server/actions";
import { addGroupTheme, createGroupActivity } from "@/server/groups/activities";
import { uploadGroupReport } from "@/server/groups/reports";
import { formRecord } from "@/lib/form-entries";
import { ZActivityForm, ZReportForm, ZThemeForm } from "./schemas";

async function go(state: Promise<TActionState>, target: { path?: string }): Promise<TActionState> {
  const result = await state;
  if (target.path) redirect(target.path);
  return result;
}

export async function addThemeAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const to: { path?: string } = {};
  return go(
    runAction(formData, { permission: "group:write", schema: ZThemeForm }, async (actor, data, ctx) => {
      await addGroupTheme(actor, data, ctx);
      to.path = `/groups/${data.groupId}?saved=1`;
    }),
    to,
  );
}

export async function createActivityAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const to: { path?: string } = {};
  return go(
    runAction(formRecord(formData, ["deputyIds"]), { permission: "group:write", schema: ZActivityForm }, async (actor, data, ctx) => {
      await createGroupActivity(actor, data, ctx);
      to.path = `/groups/${data.groupId}?saved=1`;
    }),
    to,
  );
}

export async function uploadReportAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const to: { path?: string } = {};
  return go(
    runAction(formRecord(formData, []), { permission: "group:write", schema: ZReportForm }, async (actor, data, ctx) => {
      await uploadGroupReport(actor, { activityId: data.activityId, title: data.title, bytes: new Uint8Array(await data.file.arrayBuffer()) }, ctx);
      to.path = `/groups/${data.groupId}?saved=1`;
    }),
    to,
  );
}
