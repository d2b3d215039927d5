import "server-only";
import QRCode from "qrcode";
import type { TStationKind } from "@/domain/vocabulary";
import { getDb } from "@/server/db";
import { isId } from "@/server/directory/ids";
import { regionPath } from "@/server/directory/regions";
import { env } from "@/server/env";
import { NotFoundError } from "@/server/errors";
import { receptionDaysBetween, type TReceptionDay } from "./reception";

/** What a resident sees of a station without an account: no personal data beyond deputies' names. */
export type TPublicStation = {
  id: string;
  name: string;
  kind: TStationKind;
  theme: string | null;
  address: string | null;
  regionPath: string[];
  deputies: { id: string; name: string }[];
};

/** An active station by id, or NotFoundError (inactive stations have no public page). */
export async function getPublicStation(id: string): Promise<TPublicStation> {
  if (!isId(id)) throw new NotFoundError("station");
  const s = await getDb().liaisonStation.findFirst({
    where: { id, active: true },
    select: { id: true, name: true, kind: true, theme: true, address: true, regionId: true, deputies: { select: { deputy: { select: { id: true, name: true } } }, orderBy: { deputy: { name: "asc" } } } },
  });
  if (!s) throw new NotFoundError("station");
  return { id: s.id, name: s.name, kind: s.kind, theme: s.theme, address: s.address, regionPath: await regionPath(s.regionId), deputies: s.deputies.map((d) => d.deputy) };
}

/** Published reception days of a public station in a date range, without the visitor counts. */
export async function publicReceptionDays(id: string, first: string, last: string): Promise<Omit<TReceptionDay, "visitCount">[]> {
  await getPublicStation(id);
  return (await receptionDaysBetween(id, first, last)).map((d) => ({ id: d.id, date: d.date, startTime: d.startTime, endTime: d.endTime, note: d.note, deputies: d.deputies }));
}

/**
 * The absolute address the station's QR code opens: its one-click opinion form at /s/<stationId>.
 * The origin is NEXTAUTH_URL when the deployment sets it (never taken from a client's Host header
 * then); otherwise the request's own host.
 */
export function stationFormUrl(stationId: string, requestOrigin: string): string {
  const configured = env().NEXTAUTH_URL;
  const origin = configured ? new URL(configured).origin : requestOrigin;
  return new URL(`/s/${stationId}`, origin).toString();
}

/** The QR code as an SVG document string, rendered on the server by the qrcode package. */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#111827", light: "#ffffff" } });
}
