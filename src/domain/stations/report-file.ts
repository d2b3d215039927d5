/**
 * Research reports (调研报告): PDF or Word (.docx) only, recognised by their bytes (file-type), never
 * by the name or the browser's MIME type. 10 MB at most.
 */
export const REPORT_MAX_BYTES = 10 * 1024 * 1024;

export const REPORT_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;
export type TReportExt = keyof typeof REPORT_TYPES;

export type TReportVerdict = { ok: true; ext: TReportExt; mime: string } | { ok: false; error: "empty" | "tooLarge" | "badType" };

/** Judges an upload from its size and the type detected from its bytes (undefined = not recognised). */
export function judgeReport(size: number, detected: { ext: string; mime: string } | undefined): TReportVerdict {
  if (size === 0) return { ok: false, error: "empty" };
  if (size > REPORT_MAX_BYTES) return { ok: false, error: "tooLarge" };
  if (!detected || !(detected.ext in REPORT_TYPES)) return { ok: false, error: "badType" };
  const ext = detected.ext as TReportExt;
  if (REPORT_TYPES[ext] !== detected.mime) return { ok: false, error: "badType" };
  return { ok: true, ext, mime: REPORT_TYPES[ext] };
}

/** The download name: built by the server from the title (no path characters) and the detected type. */
export function reportFileName(title: string, ext: TReportExt): string {
  const safe = title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").trim().slice(0, 80) || "report";
  return `${safe}.${ext}`;
}
