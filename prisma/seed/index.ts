/**
 * `npm run db:seed` — loads the demo data into the embedded database (./data) or DATABASE_URL.
 * Refused when NODE_ENV=production (security.md #5): the demo accounts share a published password.
 * Runs under `tsx --conditions=react-server` so that the app's own hashPassword (a server-only
 * module) is used as is.
 */
if (process.env.NODE_ENV === "production") {
  console.error(
    "拒绝执行：演示数据含公开的默认密码，不能在生产环境（NODE_ENV=production）载入。\n" +
      "生产环境请用 `npm run admin:create -- --username <账号> --name <显示名>` 创建首个管理员。\n" +
      "Refused: the demo seed never runs with NODE_ENV=production.",
  );
  process.exit(1);
}

const { openScriptDb } = await import("../../scripts/db/connect");
const { seedDemo } = await import("./demo");
const { seedDeputyContacts } = await import("./deputy-contacts");
const { seedStationsActivity } = await import("./stations-activity");

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

let db: Awaited<ReturnType<typeof openScriptDb>>;
try {
  db = await openScriptDb();
} catch (error) {
  // e.g. the embedded ./data is held by a running `npm run dev`: the lock error names the owner.
  console.error(`无法打开数据库：${message(error)}`);
  process.exit(1);
}
const { prisma, close } = db;
let exitCode = 0;
try {
  const report = await seedDemo(prisma);
  report.total += await (await import("./duty")).seedDuty(prisma); // issue 5: duty records, study, training, stories
  const contacts = await seedDeputyContacts(prisma); // deputies (issue 4)
  if (contacts > 0) console.log(`代表联系方式（加密）：${contacts} 位。`);
  const rows = Object.entries(report.inserted).map(([table, n]) => `${table} ${n}`).join(", ");
  console.log(report.total === 0 ? "演示数据已存在，未新增任何行。" : `演示数据已载入：新增 ${report.total} 行（${rows}）。`);
  for (const name of report.foreignAccounts) {
    console.warn(`注意：账号 ${name} 已存在且不是演示数据创建的，保持原样，未关联演示数据。`);
  }
  const activity = await seedStationsActivity(prisma);
  if (activity > 0) console.log(`联络站接待日、活动、网格等演示数据：新增 ${activity} 行。`);
  console.log(`用时 ${report.ms} ms。演示账号密码见 README。`);
  const livelihood = await (await import("./livelihood")).seedLivelihood(prisma);
  if (livelihood > 0) console.log(`民生实事与专项监督演示数据：新增 ${livelihood} 行。`);
} catch (error) {
  console.error(`演示数据载入失败（已整体回滚）：${message(error)}`);
  exitCode = 1;
} finally {
  await close();
}
process.exit(exitCode);

export {}; // a module: top-level await above
