import ExcelJS from "exceljs";
import { expect, test } from "./support/fixtures";
import { signIn } from "./support/auth";
import { DEMO_ACCOUNTS } from "./support/accounts";
import { BASE_URL } from "./support/settings";
import { isValidIdCard } from "../../src/domain/pii/id-card";

/**
 * security.md #11 as a crawl (issue 8 item 2): every page and export reachable by links from
 * each role's home, fetched with that role's session, must not contain an unmasked ID-card number
 * (18 characters with a valid GB 11643 check digit) or a full mainland mobile number. Revealing
 * is a deliberate, audited action (a button), never something a link or a page load does, so a
 * crawl that only follows links must find none at all.
 */
const MAX_PAGES = 80;
const SKIP = [/^\/api\/auth/, /^\/login/, /sign-?out/i, /^\/_next\//];
const ID_CANDIDATE = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

function leaks(text: string): string[] {
  const today = new Date();
  const ids = [...text.matchAll(ID_CANDIDATE)].map((m) => m[0]).filter((s) => isValidIdCard(s, today));
  const phones = [...text.matchAll(MOBILE)].map((m) => m[0]);
  return [...ids, ...phones];
}

async function xlsxText(body: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const parts: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => parts.push(String(cell.text ?? "")))));
  return parts.join("\n");
}

const visibleText = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, " ").replace(/<[^>]+>/g, " ");

for (const { role, username } of DEMO_ACCOUNTS) {
  test(`${role}: no page or export reachable by links shows an unmasked ID or phone number`, async ({ page }) => {
    test.setTimeout(300_000);
    await signIn(page, username);
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const seen = new Set<string>();
    const queue = ["/home"];
    const found: string[] = [];
    while (queue.length > 0 && seen.size < MAX_PAGES) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const res = await page.request.get(`${BASE_URL}${path}`, { headers: { Cookie: cookie }, maxRedirects: 0 });
      if (res.status() >= 300) continue;
      const type = res.headers()["content-type"] ?? "";
      const body = await res.body();
      const text = type.includes("spreadsheetml") ? await xlsxText(body) : type.includes("text/html") ? visibleText(body.toString("utf8")) : type.includes("text/") || type.includes("json") ? body.toString("utf8") : "";
      for (const leak of leaks(text)) found.push(`${path}: ${leak}`);
      if (!type.includes("text/html")) continue;
      for (const m of body.toString("utf8").matchAll(/href="([^"#]+)"/g)) {
        const href = m[1]!.replaceAll("&amp;", "&");
        if (!href.startsWith("/") || href.startsWith("//") || SKIP.some((re) => re.test(href))) continue;
        if (!seen.has(href)) queue.push(href);
      }
    }
    expect(seen.size).toBeGreaterThan(1);
    expect(found, `pages crawled: ${[...seen].join(", ")}`).toEqual([]);
  });
}
