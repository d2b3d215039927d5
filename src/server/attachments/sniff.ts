import "server-only";
import { fileTypeFromBuffer } from "file-type";
import type { TAttachmentKind } from "@/domain/attachments";

const BY_EXT: Readonly<Record<string, TAttachmentKind>> = { pdf: "pdf", jpg: "jpg", png: "png", docx: "docx", xlsx: "xlsx" };

/** A stream name of the OLE compound file's directory, as it is stored there (UTF-16LE). */
const utf16 = (name: string) => Buffer.from(name, "utf16le");
const WORD_STREAM = utf16("WordDocument");
const EXCEL_STREAMS = [utf16("Workbook"), utf16("Book\u0000")];

/**
 * The allowed kind the bytes are, by their magic numbers (file-type), or null. Old Office files are
 * OLE compound files (file-type says "cfb", as it does for .msi installers): a Word file holds a
 * "WordDocument" stream, an Excel file a "Workbook" (or "Book") stream; anything else is refused.
 */
export async function sniffKind(bytes: Uint8Array): Promise<TAttachmentKind | null> {
  const found = await fileTypeFromBuffer(bytes);
  if (!found) return null;
  if (found.ext === "cfb") {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buf.includes(WORD_STREAM)) return "doc";
    if (EXCEL_STREAMS.some((s) => buf.includes(s))) return "xls";
    return null;
  }
  return BY_EXT[found.ext] ?? null;
}
