/**
 * Attachments of loop items (security.md #13): an allow-list of kinds recognised by their magic
 * bytes, size and count limits, and the rule that the name a sender gives must agree with what the
 * bytes are. Pure: the caller detects the kind (file-type in src/server) and passes it in.
 */
export const ATTACHMENT_KINDS = {
  pdf: { mime: "application/pdf", extensions: ["pdf"] },
  jpg: { mime: "image/jpeg", extensions: ["jpg", "jpeg"] },
  png: { mime: "image/png", extensions: ["png"] },
  docx: { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extensions: ["docx"] },
  xlsx: { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extensions: ["xlsx"] },
  doc: { mime: "application/msword", extensions: ["doc"] },
  xls: { mime: "application/vnd.ms-excel", extensions: ["xls"] },
} as const;
export type TAttachmentKind = keyof typeof ATTACHMENT_KINDS;
export const ATTACHMENT_KIND_LIST = Object.keys(ATTACHMENT_KINDS) as TAttachmentKind[];

export const ATTACHMENT_LIMITS = {
  /** per file */
  maxBytes: 10 * 1024 * 1024,
  /** per submission or later upload */
  maxPerUpload: 3,
  /** per item, over its whole life */
  maxPerItem: 10,
} as const;

/** The accept attribute of file inputs (a hint for the picker; the server decides). */
export const ATTACHMENT_ACCEPT = ATTACHMENT_KIND_LIST.flatMap((k) => ATTACHMENT_KINDS[k].extensions.map((e) => `.${e}`)).join(",");

export const ATTACHMENT_ERRORS = {
  empty: "intake.attachments.errors.empty",
  tooLarge: "intake.attachments.errors.tooLarge",
  tooMany: "intake.attachments.errors.tooMany",
  itemFull: "intake.attachments.errors.itemFull",
  kind: "intake.attachments.errors.kind",
  mismatch: "intake.attachments.errors.mismatch",
} as const;
export type TAttachmentError = (typeof ATTACHMENT_ERRORS)[keyof typeof ATTACHMENT_ERRORS];

const MAX_NAME = 120;

/** The sender's name without any path, control or bidi characters, at most 120 characters. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069"<>|:*?]/g, "").trim();
  const chars = Array.from(cleaned);
  if (chars.length <= MAX_NAME) return cleaned || "附件";
  const ext = extensionOf(cleaned);
  const keep = MAX_NAME - (ext ? ext.length + 1 : 0);
  return `${chars.slice(0, keep).join("")}${ext ? `.${ext}` : ""}`;
}

/** The lower-case extension of a file name, or "" when there is none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : "";
}

export type TAttachmentVerdict = { ok: true; kind: TAttachmentKind; mime: string } | { ok: false; error: TAttachmentError };

/**
 * Judges one file: `detected` is the kind its bytes show (null when not an allowed kind). The
 * extension of its name must be one of that kind's: an .exe called .pdf, or HTML called .pdf,
 * or a real PDF called .docx, is refused.
 */
export function judgeAttachment(file: { name: string; size: number; detected: TAttachmentKind | null }): TAttachmentVerdict {
  if (file.size <= 0) return { ok: false, error: ATTACHMENT_ERRORS.empty };
  if (file.size > ATTACHMENT_LIMITS.maxBytes) return { ok: false, error: ATTACHMENT_ERRORS.tooLarge };
  if (file.detected === null) return { ok: false, error: ATTACHMENT_ERRORS.kind };
  const allowed: readonly string[] = ATTACHMENT_KINDS[file.detected].extensions;
  if (!allowed.includes(extensionOf(file.name))) return { ok: false, error: ATTACHMENT_ERRORS.mismatch };
  return { ok: true, kind: file.detected, mime: ATTACHMENT_KINDS[file.detected].mime };
}

/** How many files this upload may add to an item that already holds `existing`. */
export function countProblem(adding: number, existing: number): TAttachmentError | null {
  if (adding > ATTACHMENT_LIMITS.maxPerUpload) return ATTACHMENT_ERRORS.tooMany;
  if (existing + adding > ATTACHMENT_LIMITS.maxPerItem) return ATTACHMENT_ERRORS.itemFull;
  return null;
}

/**
 * The name a download is served under: the cleaned name's stem with the extension of the kind the
 * bytes are (never the sender's extension alone).
 */
export function downloadName(fileName: string, kind: TAttachmentKind): string {
  const ext = extensionOf(fileName);
  const stem = ext ? fileName.slice(0, -(ext.length + 1)) : fileName;
  const allowed: readonly string[] = ATTACHMENT_KINDS[kind].extensions;
  return `${stem || "附件"}.${allowed.includes(ext) ? ext : (allowed[0] ?? kind)}`;
}
