import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Alert, PageHeader } from "@/components/ui";
import { orNotFound } from "@/features/livelihood/load";
import { ballotCertificate } from "@/server/livelihood/vote";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("livelihood"))("cert.title") };
}

// Printing shows the certificate alone (A4), without the portal's header and navigation.
const PRINT_CSS = "@media print { header, aside, footer, .no-print { display: none !important; } main { padding: 0 !important; } @page { size: A4; margin: 18mm; } }";

/** The tally certificate (计票结果报告单): counts only; nothing on it names a voter. */
export default async function CertificatePage({ params }: { params: Promise<{ planId: string }> }) {
  const actor = await requirePermission("livelihood:read");
  const { planId } = await params;
  const cert = await orNotFound(ballotCertificate(actor, planId));
  const [t, format] = await Promise.all([getTranslations("livelihood"), getFormatter()]);
  if (!cert) {
    return (
      <>
        <PageHeader title={t("cert.title")} />
        <Alert tone="info">{t("cert.notYet")}</Alert>
      </>
    );
  }
  const when = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Shanghai" });
  const x = cert.tally;
  const figures: [string, number][] = [
    [t("cert.issued"), x.issued],
    [t("cert.cast"), x.cast],
    [t("cert.turnout"), x.turnout],
    [t("cert.valid"), x.valid],
    [t("cert.invalid"), x.invalid],
    [t("cert.seats"), cert.seats],
    [t("cert.threshold"), x.threshold],
  ];
  const chosen = cert.candidates.filter((c) => c.outcome === "CHOSEN");
  return (
    <article className="mx-auto max-w-3xl">
      <style>{PRINT_CSS}</style>
      <div className="no-print mb-4 flex justify-between">
        <Link href={`/livelihood/${planId}`} className="text-brand-700 underline">
          {t("back")}
        </Link>
        <span className="text-sm text-gray-600">{t("cert.print")}：Ctrl+P</span>
      </div>
      <h1 className="text-center text-2xl font-semibold">{t("cert.heading", { year: cert.plan.year })}</h1>
      <p className="mt-1 text-center text-sm">{cert.plan.title}</p>
      <p className="mb-6 text-center text-sm">{t("cert.period", { opened: when(cert.openedAt), closed: when(cert.closedAt) })}</p>
      <table className="mb-6 w-full border-collapse text-base" aria-label={t("cert.title")}>
        <tbody>
          {figures.map(([label, n]) => (
            <tr key={label} className="border-b border-gray-300">
              <th scope="row" className="py-1 text-left font-medium">{label}</th>
              <td className="py-1 text-right tabular-nums" data-figure={label}>{n}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="mb-6 w-full border-collapse text-base" aria-label={t("cert.votes")}>
        <thead>
          <tr className="border-b-2 border-gray-400">
            <th scope="col" className="text-left">{t("cert.rank")}</th>
            <th scope="col" className="text-left">{t("columns.title")}</th>
            <th scope="col" className="text-right">{t("cert.votes")}</th>
            <th scope="col" className="text-right">{t("cert.outcomeLabel")}</th>
          </tr>
        </thead>
        <tbody>
          {cert.candidates.map((c) => (
            <tr key={c.id} className="border-b border-gray-200">
              <td>{c.rank}</td>
              <th scope="row" className="text-left font-normal">{c.title}</th>
              <td className="text-right tabular-nums">{c.votes}</td>
              <td className="text-right">{t(`cert.outcome.${c.outcome}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="text-lg font-semibold">{t("cert.chosen")}</h2>
      {chosen.length === 0 ? <p>{t("cert.noneChosen")}</p> : (
        <ol className="mb-4 list-decimal pl-6">
          {chosen.map((c) => (
            <li key={c.id}>{c.title}</li>
          ))}
        </ol>
      )}
      {x.seatsForRunoff > 0 ? <p>{t("cert.runoff", { seats: x.seatsForRunoff })}</p> : null}
      {x.seatsUnfilled > 0 ? <p>{t("cert.unfilled", { seats: x.seatsUnfilled })}</p> : null}
      <p className="mt-6 text-sm text-gray-700">{t("cert.rule")}</p>
    </article>
  );
}
