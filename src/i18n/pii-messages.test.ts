import { describe, expect, it } from "vitest";
import type { TIdCardProblem } from "@/domain/pii/id-card";
import type { TPhoneProblem } from "@/domain/pii/phone";
import { messagesFor } from "./messages";

// Type-level: every problem code the validators can return has a message (tsc fails otherwise).
const idCard: Record<TIdCardProblem, string> = messagesFor("zh-CN").pii.idCard;
const phone: Record<TPhoneProblem, string> = messagesFor("zh-CN").pii.phone;

describe("personal-data validation messages", () => {
  it("has a Chinese sentence for every ID-card and phone problem", () => {
    for (const text of [...Object.values(idCard), ...Object.values(phone)]) expect(text).toMatch(/[\u4e00-\u9fff]/);
  });
});
