import { getTranslations } from "next-intl/server";
import { Card, Table, type TColumn } from "@/components/ui";
import { linkClass } from "@/features/directory/components/fields";
import type { TGroupWork } from "@/server/groups/activities";

type TActivity = TGroupWork["activities"][number];

/** A group's themes and activities; each report downloads through the authorized, audited route. */
export async function GroupWork({ work }: { work: TGroupWork }) {
  const [t, tk] = await Promise.all([getTranslations("groups"), getTranslations("groups.activityKind")]);
  const columns: TColumn<TActivity>[] = [
    { key: "title", header: t("activityTitle"), rowHeader: true, cell: (a) => a.title },
    { key: "kind", header: t("kind"), cell: (a) => tk(a.kind) },
    { key: "heldOn", header: t("heldOn"), cell: (a) => a.heldOn },
    { key: "deputies", header: t("participants"), cell: (a) => a.deputies.map((d) => d.name).join("、") },
    {
      key: "reports",
      header: t("reports"),
      cell: (a) => (
        <span className="flex flex-col gap-1">
          {a.reports.map((r) => (
            <a key={r.id} href={`/groups/reports/${r.id}`} className={linkClass} data-testid="report-link">
              {r.title}（{r.ext.toUpperCase()}，{Math.max(1, Math.round(r.size / 1024))} KB）
            </a>
          ))}
        </span>
      ),
    },
  ];
  return (
    <>
      <Card title={t("themesTitle")}>
        {work.themes.length === 0 ? (
          <p className="text-sm text-gray-700">{t("noThemes")}</p>
        ) : (
          <ul className="list-disc pl-5 text-sm text-gray-900">
            {work.themes.map((th) => (
              <li key={th.id}>
                {th.year} · {th.title}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t("activitiesTitle")}>
        <Table caption={t("activitiesTitle")} captionHidden columns={columns} rows={work.activities} rowKey={(a) => a.id} empty={t("noActivities")} />
      </Card>
    </>
  );
}
