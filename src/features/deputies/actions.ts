"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ZDeputyForm, ZDeputyRef, ZOwnProfileForm, ZRevealForm } from "@/domain/roster/deputy-form";
import type { TActionState } from "@/lib/action-state";
import { runAction } from "@/server/actions";
import { createDeputy, DeputyInputError, setDeputyActive, updateDeputy, updateOwnProfile } from "@/server/deputies/commands";
import { ImportRefusal } from "@/server/deputies/errors";
import { discardImport } from "@/server/deputies/import/commit";
import { revealDeputyPii } from "@/server/deputies/reveal";
import { deputyFormRecord } from "./form-data";

/** Field problems found by the server (scope, duplicates) shown next to their fields. */
function asFieldErrors(error: unknown): TActionState {
  if (error instanceof DeputyInputError) return { ok: false, message: "actions.invalid", fieldErrors: error.fieldErrors };
  throw error;
}

export async function createDeputyAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const created: { id?: string } = {};
  const state = await runAction(deputyFormRecord(formData), { permission: "deputy:write", schema: ZDeputyForm.omit({ deputyId: true }) }, async (actor, data, ctx) => {
    try {
      created.id = (await createDeputy(actor, data, ctx)).id;
    } catch (error) {
      return asFieldErrors(error);
    }
    revalidatePath("/deputies");
  });
  if (created.id) redirect(`/deputies/${created.id}?saved=1`);
  return state;
}

export async function updateDeputyAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const done: { id?: string } = {};
  const schema = ZDeputyForm.required({ deputyId: true });
  const state = await runAction(deputyFormRecord(formData), { permission: "deputy:write", schema }, async (actor, data, ctx) => {
    try {
      await updateDeputy(actor, data.deputyId, data, ctx);
    } catch (error) {
      return asFieldErrors(error);
    }
    revalidatePath("/deputies");
    done.id = data.deputyId;
  });
  if (done.id) redirect(`/deputies/${done.id}?saved=1`);
  return state;
}

const ZSetActive = ZDeputyRef.extend({ active: z.enum(["true", "false"], { error: "register.errors.invalid" }) }).strict();

export async function setDeputyActiveAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  return runAction(formData, { permission: "deputy:write", schema: ZSetActive }, async (actor, data, ctx) => {
    await setDeputyActive(actor, data.deputyId, data.active === "true", ctx);
    revalidatePath(`/deputies/${data.deputyId}`);
    return { ok: true, message: data.active === "true" ? "register.detail.reactivated" : "register.detail.deactivated" };
  });
}

/** The deputy's own profile: the record is the signed-in account's; the form names no deputy. */
export async function updateOwnProfileAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  return runAction(deputyFormRecord(formData), { permission: "deputy:editSelf", schema: ZOwnProfileForm }, async (actor, data, ctx) => {
    await updateOwnProfile(actor, data, ctx);
    revalidatePath("/me/profile");
    return { ok: true, message: "register.profile.saved" };
  });
}

export type TRevealState = TActionState & { value?: string };

/** One deliberate reveal of one field of one deputy; the server audits it. */
export async function revealPiiAction(_prev: TRevealState, formData: FormData): Promise<TRevealState> {
  const shown: { value?: string } = {};
  const state = await runAction(formData, { schema: ZRevealForm }, async (actor, data, ctx) => {
    shown.value = await revealDeputyPii(actor, data.deputyId, data.field, ctx);
    return { ok: true };
  });
  return shown.value !== undefined ? { ...state, value: shown.value } : state;
}

const ZImportRef = z.object({ importId: z.guid({ error: "actions.notFound" }) }).strict();

export async function discardImportAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  const done: { id?: string } = {};
  const state = await runAction(formData, { permission: "deputy:write", schema: ZImportRef }, async (actor, data, ctx) => {
    try {
      await discardImport(actor, data.importId, ctx);
    } catch (error) {
      if (error instanceof ImportRefusal) return { ok: false, message: error.messageKey };
      throw error;
    }
    done.id = data.importId;
  });
  if (done.id) redirect(`/deputies/import/${done.id}`);
  return state;
}
