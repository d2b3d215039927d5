"use server";

import { revalidatePath } from "next/cache";
import { ZChangeRole, ZCreateUser, ZResetPassword, ZResetTotp, ZSetActive } from "@/domain/user-schemas";
import type { TActionState } from "@/lib/action-state";
import { runAction } from "@/server/actions";
import { changeRole, createUser, resetPassword, resetTotp, setActive } from "@/server/users/commands";

export async function createUserAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  return runAction(formData, { permission: "user:manage", schema: ZCreateUser }, async (actor, data, ctx) => {
    await createUser(actor, data, ctx);
    revalidatePath("/admin/users");
    return { ok: true, message: "admin.created" };
  });
}

export async function changeRoleAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  return runAction(formData, { permission: "user:manage", schema: ZChangeRole }, async (actor, data, ctx) => {
    await changeRole(actor, data.userId, data.role, ctx);
    revalidatePath(`/admin/users/${data.userId}`);
    return { ok: true, message: "admin.roleChanged" };
  });
}

export async function setActiveAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  return runAction(formData, { permission: "user:manage", schema: ZSetActive }, async (actor, data, ctx) => {
    await setActive(actor, data.userId, data.active, ctx);
    revalidatePath(`/admin/users/${data.userId}`);
    return { ok: true, message: data.active ? "admin.enabled" : "admin.disabled" };
  });
}

export async function resetPasswordAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  return runAction(formData, { permission: "user:manage", schema: ZResetPassword }, async (actor, data, ctx) => {
    await resetPassword(actor, data.userId, data.password, ctx);
    return { ok: true, message: "admin.passwordReset" };
  });
}

export async function resetTotpAction(_prev: TActionState, formData: FormData): Promise<TActionState> {
  return runAction(formData, { permission: "user:manage", schema: ZResetTotp }, async (actor, data, ctx) => {
    await resetTotp(actor, data.userId, ctx);
    revalidatePath(`/admin/users/${data.userId}`);
    return { ok: true, message: "admin.totpResetDone" };
  });
}
