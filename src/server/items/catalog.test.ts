import { describe, expect, it } from "vitest";
import { messagesFor } from "@/i18n/messages";
import { LOCALES } from "@/i18n/config";
import { TRACKING_SOURCES } from "@/domain/tracking-number";
import { ACTIONS } from "@/domain/workflow/actions";
import { WORKFLOW_ERRORS } from "@/domain/workflow/errors";
import { SATISFACTIONS, STAGES } from "@/domain/workflow/stages";

function lookup(tree: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined), tree);
}

/** Every key the workflow rules and the item commands can answer with, and every label the pages need. */
const KEYS = [
  ...Object.values(WORKFLOW_ERRORS),
  "workflow.errors.conflict",
  ...["titleRequired", "bodyRequired", "sourceInvalid", "committeeRequired", "sponsorInvalid", "nameRequired", "keyInvalid"].map((k) => `workflow.submit.errors.${k}`),
  ...STAGES.map((s) => `workflow.stage.${s}`),
  ...ACTIONS.map((a) => `workflow.action.${a}`),
  "workflow.action.submit",
  ...TRACKING_SOURCES.map((s) => `workflow.source.${s}`),
  ...SATISFACTIONS.map((s) => `workflow.satisfaction.${s}`),
];

describe("workflow catalog", () => {
  it.each(LOCALES)("has every workflow message in %s", (locale) => {
    const missing = KEYS.filter((key) => typeof lookup(messagesFor(locale), key) !== "string");
    expect(missing).toEqual([]);
  });
});
