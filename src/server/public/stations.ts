import "server-only";
import { z } from "zod";
import { getDb } from "../db";

export type TPublicStation = { id: string; name: string; address: string | null };

/** A station's own public form shows its name and address: nothing about its people. Null when unknown or closed. */
export async function getPublicStation(id: string): Promise<TPublicStation | null> {
  if (!z.uuid().safeParse(id).success) return null;
  return getDb().liaisonStation.findFirst({ where: { id, active: true }, select: { id: true, name: true, address: true } });
}
