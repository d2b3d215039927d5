import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui";
import type { TItemHistoryRow } from "@/server/items/queries";

/** The timeline: who did what, when, from which stage to which, with their note. */
export async function ItemHistory({ rows }: { rows: readonly TItemHistoryRow[] }) {
  const [t, tStage, tAction, format] = await Promise.all([
    getTranslations("items.history"),
    getTranslations("workflow.stage"),
    getTranslations("workflow.action"),
    getFormatter(),
  ]);
  const actionLabel = (a: string) => (tAction.has(a as "submit") ? tAction(a as "submit") : a);
  return (
    <Card title={t("title")}>
      {rows.length === 0 ? (
        <p className="text-sm text-gray-700">{t("empty")}</p>
      ) : (
        <ol className="space-y-3 border-l-2 border-gray-200 pl-4">
          {rows.map((h, i) => (
            <li key={i} className="text-sm">
              <p className="font-medium text-gray-900">
                {actionLabel(h.action)}
                <span className="ml-2 font-normal text-gray-700">
                  {h.fromStage ? t("move", { from: tStage(h.fromStage), to: tStage(h.toStage) }) : t("start", { to: tStage(h.toStage) })}
                </span>
              </p>
              <p className="text-gray-700">
                <time dateTime={h.at.toISOString()}>{format.dateTime(h.at, { dateStyle: "medium", timeStyle: "short" })}</time>
                {" · "}
                {h.actorName ?? t("system")}
              </p>
              {h.note ? <p className="mt-1 whitespace-pre-wrap text-gray-900">{h.note}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
