import { describe, expect, it } from "vitest";
import { ZSubmitItemForm, submissionRecord, uploadsOf } from "./submit-schemas";

describe("the submission form's fields", () => {
  it("keeps lists as lists, drops an empty file input, blank optional fields and the staff form's mode switch", async () => {
    const fd = new FormData();
    fd.append("$ACTION_ID_x", "");
    fd.append("ui-mode", "deputy");
    fd.append("source", "DEPUTY_SUGGESTION");
    fd.append("title", " ");
    fd.append("body", "内容");
    fd.append("phone", "");
    fd.append("leadSponsorUserId", "");
    fd.append("coSponsorUserIds", "a");
    fd.append("coSponsorUserIds", "b");
    fd.append("attachments", new File([], ""));
    fd.append("attachments", new File([new Uint8Array([1, 2, 3])], "说明.pdf"));
    fd.append("idempotencyKey", "0123456789abcdef");
    const record = submissionRecord(fd);
    expect(Object.keys(record).sort()).toEqual(["attachments", "body", "coSponsorUserIds", "idempotencyKey", "source", "title"]);
    expect(record.coSponsorUserIds).toEqual(["a", "b"]);
    const parsed = ZSubmitItemForm.safeParse(record);
    // the blank title is still there to be refused with its own message
    expect(parsed.success ? [] : parsed.error.issues.map((i) => [i.path[0], i.message])).toEqual([["title", "workflow.submit.errors.titleRequired"]]);
    const uploads = await uploadsOf(record.attachments as File[]);
    expect(uploads).toEqual([{ name: "说明.pdf", bytes: new Uint8Array([1, 2, 3]) }]);
  });

  it("refuses a fourth file and unknown fields", () => {
    const files = Array.from({ length: 4 }, (_, i) => new File(["x"], `${i}.pdf`));
    const base = { source: "ON_BEHALF", title: "t", body: "b", idempotencyKey: "0123456789abcdef" };
    expect(ZSubmitItemForm.safeParse({ ...base, attachments: files }).error?.issues[0]?.message).toBe("intake.attachments.errors.tooMany");
    expect(ZSubmitItemForm.safeParse({ ...base, createdById: "x" }).error?.issues[0]?.code).toBe("unrecognized_keys");
  });
});
