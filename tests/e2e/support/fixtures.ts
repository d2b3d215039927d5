import { test as base, expect } from "@playwright/test";

/**
 * Every spec imports `test` from here. An automatic fixture watches each page for what must never
 * happen, whatever the test is about: a 5xx answer from our server, an uncaught script error, or a
 * script dialog (an injected `alert(1)` that ran). The test fails with the list if any occurred.
 */
type TFixtures = { guard: { allowServerErrors(): void; allowPageErrors(): void } };

export const test = base.extend<TFixtures>({
  guard: [
    async ({ context, baseURL }, use, testInfo) => {
      const problems: string[] = [];
      let allow5xx = false;
      let allowPageErrors = false;
      const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
      const watch = (page: import("@playwright/test").Page) => {
        page.on("response", (response) => {
          if (response.status() >= 500 && response.url().startsWith(origin) && !allow5xx) {
            problems.push(`HTTP ${response.status()} ${response.request().method()} ${response.url()}`);
          }
        });
        page.on("pageerror", (error) => {
          if (!allowPageErrors) problems.push(`page error: ${error.message}`);
        });
        page.on("dialog", (dialog) => {
          problems.push(`script dialog (${dialog.type()}): ${dialog.message()}`);
          void dialog.dismiss();
        });
        page.on("console", (message) => {
          if (message.type() === "error") testInfo.annotations.push({ type: "console error", description: message.text() });
        });
      };
      context.pages().forEach(watch);
      context.on("page", watch);
      await use({ allowServerErrors: () => (allow5xx = true), allowPageErrors: () => (allowPageErrors = true) });
      expect(problems, "no 5xx, no uncaught page error, no script dialog").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
