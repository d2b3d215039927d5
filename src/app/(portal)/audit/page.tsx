import type { Metadata } from "next";
import { headers } from "next/headers";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, Pagination, PageHeader, Table, buttonClasses, controlClasses, type TColumn } from "@/components/ui";
import { AUDIT_RESULTS } from "@/domain/vocabulary";
import { VerifyChainForm } from "@/features/audit/components/verify-chain-form";
import { ZAuditSearch } from "@/features/audit/search-params";
import { listAuditLog } from "@/server/audit-log/queries";
import { requestContext } from "@/server/request-context";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

type TRow = Awaited<ReturnType<typeof listAuditLog>>["items"][number];
const RESULTS = AUDIT_RESULTS;
const TONE = { SUCCESS: "success", FAILURE: "brand", DENIED: "warning" } as const;

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("audit:read");
  const search = ZAuditSearch.parse(await searchParams);
  const [t, format, result] = await Promise.all([
    getTranslations("audit"),
    getFormatter(),
    listAuditLog(actor, search, requestContext(await headers())),
  ]);
  const columns: TColumn<TRow>[] = [
    { key: "at", header: t("columns.at"), rowHeader: true, cell: (r) => format.dateTime(r.at, { dateStyle: "short", timeStyle: "medium" }) },
    { key: "actor", header: t("columns.actor"), cell: (r) => r.actorName ?? t("anonymous") },
    { key: "action", header: t("columns.action"), cell: (r) => <code>{r.action}</code> },
    { key: "object", header: t("columns.object"), cell: (r) => (r.objectType ? `${r.objectType} ${r.objectId ?? ""}` : "—") },
    { key: "result", header: t("columns.result"), cell: (r) => <Badge tone={TONE[r.result]}>{t(`results.${r.result}`)}</Badge> },
    { key: "ip", header: t("columns.ip"), cell: (r) => r.ip ?? "—" },
    { key: "detail", header: t("columns.detail"), cell: (r) => <span className="break-all text-xs">{r.detail ?? ""}</span> },
  ];
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <VerifyChainForm />
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search">
        <div>
          <label htmlFor="action" className="block text-sm font-medium">{t("filterAction")}</label>
          <input id="action" name="action" defaultValue={search.action ?? ""} maxLength={64} className={controlClasses(false)} />
        </div>
        <div>
          <label htmlFor="actor" className="block text-sm font-medium">{t("filterActor")}</label>
          <input id="actor" name="actor" defaultValue={search.actor ?? ""} maxLength={64} className={controlClasses(false)} />
        </div>
        <div>
          <label htmlFor="result" className="block text-sm font-medium">{t("filterResult")}</label>
          <select id="result" name="result" defaultValue={search.result ?? ""} className={controlClasses(false)}>
            <option value="">{t("allResults")}</option>
            {RESULTS.map((r) => <option key={r} value={r}>{t(`results.${r}`)}</option>)}
          </select>
        </div>
        <button type="submit" className={buttonClasses("secondary")}>{t("filter")}</button>
      </form>
      <p className="mb-2 text-sm text-gray-700">{t("total", { total: result.total })}</p>
      <Table caption={t("title")} captionHidden columns={columns} rows={result.items} rowKey={(r) => r.id} empty={<><p className="font-medium">{t("empty")}</p><p>{t("emptyHint")}</p></>} />
      <Pagination page={search.page} pageCount={result.pageCount} basePath="/audit" params={{ action: search.action, actor: search.actor, result: search.result }} />
    </>
  );
}
