import { randomInt, randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { signIn, signOut } from "./support/auth";
import { t } from "./support/catalog";

/**
 * Issue 3 #9: the whole loop in Chromium as four users, through the pages only. A deputy submits;
 * staff accept and assign it to 南阳市农业农村局; that unit (ny-unit) finds it through its
 * notification, signs for it and replies with class B; staff approve and deliver; the deputy rates
 * 不满意; the unit re-handles (round 2) and replies again; staff approve and deliver; the deputy rates
 * 满意; the item is closed and its follow-up review (回头看) appears. Then a resident's submission
 * on /submit is found by its tracking number on /track.
 */
const LEAD_UNIT = "南阳市农业农村局";

/** The form of one action on the item page (each action is its own form, named by its button). */
function actionForm(page: Page, action: string) {
  const button = page.getByRole("button", { name: t(`workflow.action.${action}`), exact: true });
  return { form: page.locator("form").filter({ has: button }), button };
}

async function act(page: Page, action: string, fill?: (form: ReturnType<Page["locator"]>) => Promise<void>) {
  const { form, button } = actionForm(page, action);
  await expect(button).toBeVisible();
  if (fill) await fill(form);
  await button.click();
  await expect(page.getByText(t("items.done", { action: t(`workflow.action.${action}`) }), { exact: true })).toBeVisible();
}

const stageShown = (page: Page, stage: string) => expect(page.getByText(t(`workflow.stage.${stage}`), { exact: true }).first()).toBeVisible();

async function as(page: Page, username: string, path: string, steps: () => Promise<void>) {
  await signIn(page, username);
  await page.goto(path);
  await steps();
  await signOut(page);
}

async function reply(page: Page, text: string) {
  await act(page, "draftReply", async (form) => {
    await form.getByLabel(t("items.actions.resultClass"), { exact: true }).selectOption({ label: t("items.actions.resultClassOption", { cls: "B" }) });
    await form.getByLabel(t("items.actions.text"), { exact: true }).fill(text);
  });
  await stageShown(page, "REPLY_DRAFTED");
}

async function approveAndDeliver(page: Page) {
  await act(page, "approveReply");
  await stageShown(page, "REPLY_APPROVED");
  await act(page, "deliverReply");
  await stageShown(page, "REPLIED");
}

test("the loop end to end: submit, assign, reply B, 不满意, re-handle, 满意, closed with 回头看; then /submit → /track", async ({ page }) => {
  test.setTimeout(360_000);
  const title = `e2e 闭环 ${randomUUID().slice(0, 8)}`;

  // 1 the deputy submits a suggestion
  await signIn(page, "deputy");
  await page.goto("/items/new");
  await page.getByLabel(t("items.form.title"), { exact: true }).fill(title);
  await page.getByLabel(t("items.form.body"), { exact: true }).fill("建议扶持红薯深加工企业，延长产业链，带动农民增收。");
  await page.getByRole("button", { name: t("items.form.submit"), exact: true }).click();
  await expect(page).toHaveURL(/\/items\/[0-9a-f-]{36}\?submitted=1$/);
  const itemPath = new URL(page.url()).pathname;
  const tracking = (await page.getByTestId("tracking-number").textContent())?.trim() ?? "";
  expect(tracking).toMatch(/^JY-\d{4}-\d{6}-[0-9A-Z]$/);
  await signOut(page);

  // 2 staff accept it and assign it to the unit, with the reply deadline set
  await as(page, "staff", itemPath, async () => {
    await act(page, "accept");
    await act(page, "assign", async (form) => {
      await form.getByLabel(t("items.actions.leadUnit"), { exact: true }).selectOption({ label: LEAD_UNIT });
    });
    await stageShown(page, "ASSIGNED");
    await expect(page.getByText(t("items.detail.noDeadline"), { exact: true })).toHaveCount(0);
  });

  // 3 the unit finds it through its notification, signs for it and replies with class B
  await signIn(page, "ny-unit");
  await expect(page.getByTestId("unread-count")).toBeVisible();
  await page.getByTestId("notification-link").click();
  await expect(page).toHaveURL(/\/notifications$/);
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: new RegExp(tracking) }) });
  await expect(row.getByText(t("notifications.transition", { action: t("workflow.action.assign") }), { exact: true })).toBeVisible();
  await row.getByRole("button", { name: t("notifications.markRead"), exact: true }).click();
  await expect(row.getByRole("button", { name: t("notifications.markRead"), exact: true })).toHaveCount(0);
  await row.getByRole("link", { name: new RegExp(tracking) }).click();
  await expect(page).toHaveURL(new RegExp(`${itemPath}$`));
  await act(page, "signFor");
  await stageShown(page, "HANDLING");
  await reply(page, "已将红薯深加工列入明年产业扶持计划，正在制定具体方案。");
  await signOut(page);

  // 4 staff approve the reply and deliver it
  await as(page, "staff", itemPath, () => approveAndDeliver(page));

  // 5 the deputy rates 不满意 with a reason: back to the unit, round 2
  await as(page, "deputy", itemPath, async () => {
    await act(page, "evaluate", async (form) => {
      await form.getByLabel(t("workflow.satisfaction.DISSATISFIED"), { exact: true }).check();
      await form.getByLabel(t("items.actions.reasonOptional"), { exact: true }).fill("答复只有计划，没有时间表和资金安排。");
    });
    await stageShown(page, "HANDLING");
    await expect(page.getByText(t("workflow.satisfaction.DISSATISFIED"), { exact: true }).first()).toBeVisible();
  });

  // 6 the unit re-handles and replies again
  await as(page, "ny-unit", itemPath, async () => {
    await reply(page, "已明确 2027 年安排专项资金 500 万元，分两期建设深加工园区，时间表附后。");
  });

  // 7 staff approve and deliver again
  await as(page, "staff", itemPath, () => approveAndDeliver(page));

  // 8 the deputy rates 满意: the item is closed, class B opens its follow-up review
  await as(page, "deputy", itemPath, async () => {
    await act(page, "evaluate", async (form) => {
      await form.getByLabel(t("workflow.satisfaction.SATISFIED"), { exact: true }).check();
    });
    await stageShown(page, "CLOSED");
    await expect(page.getByTestId("follow-up")).toHaveText(t("jobs.followUpState.PENDING"));
  });

  // 9 staff see the follow-up review to carry on
  await as(page, "staff", itemPath, async () => {
    await stageShown(page, "CLOSED");
    await expect(page.getByTestId("follow-up")).toHaveText(t("jobs.followUpState.PENDING"));
    await expect(actionForm(page, "followUpNote").button).toBeVisible();
    await expect(actionForm(page, "resolveFollowUp").button).toBeVisible();
    // the timeline holds both evaluations: back to handling, then closed
    const evaluations = page.getByRole("listitem").filter({ hasText: new RegExp(`^${t("workflow.action.evaluate")}${t("workflow.stage.REPLIED")}`) });
    await expect(evaluations).toHaveCount(2);
    await expect(evaluations.nth(0)).toContainText(t("workflow.stage.HANDLING"));
    await expect(evaluations.nth(1)).toContainText(t("workflow.stage.CLOSED"));
  });

  // 10 a resident submits at /submit and finds the item by its tracking number at /track
  const publicTitle = `e2e 群众意见 ${randomUUID().slice(0, 8)}`;
  await page.goto("/submit");
  await page.getByLabel(t("public.submit.committee"), { exact: true }).selectOption({ index: 1 });
  await page.getByLabel(t("public.submit.itemTitle"), { exact: true }).fill(publicTitle);
  await page.getByLabel(t("public.submit.body"), { exact: true }).fill("村里红薯收购价格偏低，希望帮助对接加工企业。");
  await page.getByLabel(t("public.submit.phone"), { exact: true }).fill(`13${randomInt(3, 10)}${String(randomInt(0, 100_000_000)).padStart(8, "0")}`);
  await page.getByRole("button", { name: t("public.submit.submitButton") }).click();
  const number = page.getByTestId("tracking-number");
  await expect(number).toHaveText(/^MY-\d{4}-\d{6}-[0-9A-Z]$/);
  const publicNumber = (await number.textContent())?.trim() ?? "";
  await page.goto("/track");
  await page.getByLabel(t("public.track.numberLabel"), { exact: true }).fill(publicNumber);
  await page.getByRole("button", { name: t("public.track.lookUp") }).click();
  await expect(page.getByRole("heading", { level: 2, name: t("public.track.resultTitle") })).toBeVisible();
  await expect(page.getByText(publicTitle)).toBeVisible();
  await expect(page.getByText(t("public.track.stage.SUBMITTED"))).toBeVisible();
});

/** Issue 3 #3: staff edit their committee's deadline settings; a bad value is refused next to its field. */
test("staff change the reminder days on the settings page; a bad value gets a Chinese message by the field", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "staff");
  await page.getByRole("navigation", { name: t("common.mainNavigation") }).getByRole("link", { name: t("nav.loopSettings"), exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("settings.title"));
  const reply = page.getByLabel(t("settings.fields.replyMonths"), { exact: true });
  const remind = page.getByLabel(t("settings.fields.remindWorkingDaysBefore"), { exact: true });
  const makeup = page.getByLabel(t("settings.fields.makeupWorkdays"), { exact: true });
  await expect(reply).toHaveValue("3");
  const remindBefore = await remind.inputValue();
  await reply.fill("0");
  await makeup.fill("2026-10-09");
  await page.getByRole("button", { name: t("settings.save"), exact: true }).click();
  await expect(page.getByText(t("settings.errors.range.replyMonths"), { exact: true })).toBeVisible();
  await expect(reply).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(t("settings.errors.notWeekend"), { exact: true })).toBeVisible();
  await expect(makeup).toHaveAttribute("aria-invalid", "true");
  await expect(remind).toHaveValue(remindBefore); // the form keeps what is in it
  await expect(makeup).toHaveValue("2026-10-09");

  await reply.fill("3");
  await makeup.fill("2026-01-04\n2026-02-14\n2026-02-28\n2026-05-09\n2026-09-20\n2026-10-10");
  await remind.fill("5, 1");
  await page.getByRole("button", { name: t("settings.save"), exact: true }).click();
  await expect(page.getByText(t("settings.saved"), { exact: true })).toBeVisible();
  await page.reload();
  await expect(remind).toHaveValue("5, 1");
  await expect(page.getByText(t("settings.defaults"), { exact: true })).toHaveCount(0);

  // the page is staff's: a leader of the same committee gets the 403 page
  await signOut(page);
  await signIn(page, "leader");
  expect((await page.goto("/settings/loop"))?.status()).toBe(403);
});
