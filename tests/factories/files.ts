import { crc32 } from "node:zlib";
import ExcelJS from "exceljs";

/**
 * Real files for attachment tests, built in memory: a PDF, a PNG, a JPEG, a .docx (an Office Open
 * XML package, stored zip), an .xlsx written by exceljs, old-Office compound files (.doc/.xls: the
 * OLE header and the stream name Word or Excel keeps in its directory), and the disguises an
 * upload must refuse: a Windows executable, an HTML page, a compound file that is neither.
 */
const utf8 = (s: string) => Buffer.from(s, "utf8");

export const pdfBytes = (text = "履职附件"): Uint8Array =>
  utf8(`%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);

export const pngBytes = (): Uint8Array =>
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

export const jpegBytes = (): Uint8Array =>
  Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), utf8("JFIF\0"), Buffer.alloc(64, 1), Buffer.from([0xff, 0xd9])]);

/** A zip with stored (uncompressed) entries. */
function storedZip(entries: Record<string, string>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = utf8(content);
    const fileName = utf8(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

export const docxBytes = (): Uint8Array =>
  storedZip({
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "word/document.xml": '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>附件</w:t></w:r></w:p></w:body></w:document>',
  });

export async function xlsxBytes(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("表1").addRow(["序号", "问题"]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const compound = (stream: string) => Buffer.concat([CFB_MAGIC, Buffer.alloc(504), Buffer.from(stream, "utf16le"), Buffer.alloc(1024)]);
export const docBytes = (): Uint8Array => compound("WordDocument");
export const xlsBytes = (): Uint8Array => compound("Workbook");
/** a compound file that is neither Word nor Excel (an .msi installer is one) */
export const msiLikeBytes = (): Uint8Array => compound("SummaryInformation");

/** The start of a Windows executable (MZ … PE). */
export const exeBytes = (): Uint8Array => Buffer.concat([utf8("MZ"), Buffer.alloc(58), Buffer.from([0x80, 0, 0, 0]), Buffer.alloc(64), utf8("PE\0\0"), Buffer.alloc(200)]);

export const htmlBytes = (): Uint8Array => utf8('<!DOCTYPE html><html><body><script>alert("x")</script></body></html>');

/** Bytes of `size` that start as a real PDF (the size limit, not the kind, must refuse it). */
export const bigPdfBytes = (size: number): Uint8Array => {
  const head = pdfBytes();
  const out = Buffer.alloc(size, 0x20);
  out.set(head, 0);
  return out;
};
