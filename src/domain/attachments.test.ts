import { describe, expect, it } from "vitest";
import { ATTACHMENT_ACCEPT, ATTACHMENT_ERRORS as E, ATTACHMENT_LIMITS, cleanFileName, countProblem, downloadName, extensionOf, judgeAttachment } from "./attachments";

describe("attachment rules", () => {
  it("accepts an allowed kind whose name agrees with its bytes", () => {
    expect(judgeAttachment({ name: "现场照片.JPEG", size: 100, detected: "jpg" })).toEqual({ ok: true, kind: "jpg", mime: "image/jpeg" });
    expect(judgeAttachment({ name: "答复.pdf", size: ATTACHMENT_LIMITS.maxBytes, detected: "pdf" })).toMatchObject({ ok: true, kind: "pdf" });
    expect(judgeAttachment({ name: "台账.xls", size: 1, detected: "xls" })).toMatchObject({ ok: true, mime: "application/vnd.ms-excel" });
  });

  it("refuses empty, oversized, unknown and disguised files", () => {
    expect(judgeAttachment({ name: "a.pdf", size: 0, detected: "pdf" })).toEqual({ ok: false, error: E.empty });
    expect(judgeAttachment({ name: "a.pdf", size: ATTACHMENT_LIMITS.maxBytes + 1, detected: "pdf" })).toEqual({ ok: false, error: E.tooLarge });
    // an .exe or an HTML page called .pdf: the bytes show no allowed kind
    expect(judgeAttachment({ name: "通知.pdf", size: 10, detected: null })).toEqual({ ok: false, error: E.kind });
    // a real PDF called .docx, a PNG called .jpg, no extension at all
    expect(judgeAttachment({ name: "a.docx", size: 10, detected: "pdf" })).toEqual({ ok: false, error: E.mismatch });
    expect(judgeAttachment({ name: "a.jpg", size: 10, detected: "png" })).toEqual({ ok: false, error: E.mismatch });
    expect(judgeAttachment({ name: "pdf", size: 10, detected: "pdf" })).toEqual({ ok: false, error: E.mismatch });
  });

  it("counts per upload and per item", () => {
    expect(countProblem(ATTACHMENT_LIMITS.maxPerUpload, 0)).toBeNull();
    expect(countProblem(ATTACHMENT_LIMITS.maxPerUpload + 1, 0)).toBe(E.tooMany);
    expect(countProblem(1, ATTACHMENT_LIMITS.maxPerItem - 1)).toBeNull();
    expect(countProblem(1, ATTACHMENT_LIMITS.maxPerItem)).toBe(E.itemFull);
  });

  it("cleans names: no path, no control or bidi characters, at most 120 characters with the extension kept", () => {
    expect(cleanFileName("C:\\Users\\张\\Desktop\\情况说明.pdf")).toBe("情况说明.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("evil\u202Efdp.exe")).toBe("evilfdp.exe");
    expect(cleanFileName("a\u0000b\n.pdf")).toBe("ab.pdf");
    expect(cleanFileName("   ")).toBe("附件");
    const long = cleanFileName(`${"很".repeat(300)}.docx`);
    expect(Array.from(long)).toHaveLength(120);
    expect(long.endsWith(".docx")).toBe(true);
    expect(extensionOf("a.tar.GZ")).toBe("gz");
    expect(extensionOf(".bashrc")).toBe("");
  });

  it("serves a download under the kind its bytes are", () => {
    expect(downloadName("情况说明.pdf", "pdf")).toBe("情况说明.pdf");
    expect(downloadName("照片.jpeg", "jpg")).toBe("照片.jpeg");
    expect(downloadName("无扩展名", "png")).toBe("无扩展名.png");
    expect(ATTACHMENT_ACCEPT).toContain(".docx");
  });
});
