import { getLocale, getTranslations } from "next-intl/server";
import { Alert, Card } from "@/components/ui";
import type { TPublicStatus } from "@/server/public/track";

/** What a stranger holding the number may see: nothing personal. */
export async function TrackResult({ status }: { status: TPublicStatus }) {
  const t = await getTranslations("public.track");
  const locale = await getLocale();
  const date = new Intl.DateTimeFormat(locale, { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" });
  const rows: [string, string][] = [
    [t("fields.trackingNumber"), status.trackingNumber],
    [t("fields.title"), status.title],
    [t("fields.stage"), t(`stage.${status.stage}`)],
    [t("fields.submittedAt"), date.format(new Date(status.submittedAt))],
    [t("fields.updatedAt"), date.format(new Date(status.updatedAt))],
  ];
  return (
    <Card>
      <section aria-labelledby="track-result-heading" className="space-y-4">
        <h2 id="track-result-heading" className="text-lg font-semibold text-gray-900">
          {t("resultTitle")}
        </h2>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-gray-700">{label}</dt>
              <dd className="text-gray-900">
                {value}
              </dd>
            </div>
          ))}
        </dl>
        {status.replyText ? (
          <div className="space-y-1">
            <h3 className="font-medium text-gray-900">{t("fields.reply")}</h3>
            <p className="whitespace-pre-wrap text-gray-900">{status.replyText}</p>
          </div>
        ) : (
          <Alert tone="info">{t("noReplyYet")}</Alert>
        )}
      </section>
    </Card>
  );
}
