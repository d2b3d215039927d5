import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Alert, Card, PageHeader } from "@/components/ui";
import { shanghaiDayKey } from "@/domain/calendar";
import { MANUAL_TYPES } from "@/domain/duty/record-types";
import { OwnerForms, ReviewForms } from "@/features/duty/components/record-actions";
import { RecordForm } from "@/features/duty/components/record-form";
import { StatusBadge } from "@/features/duty/components/record-table";
import { getRecord } from "@/server/duty/record-queries";
import { requireUser } from "@/server/session";
import { first, orNotFound } from "../../_shared";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("duty.record"))("detailTitle") };
}

type TProps = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RecordPage({ params, searchParams }: TProps) {
  const actor = await requireUser();
  const { id } = await params;
  const record = await getRecord(actor, id).catch(orNotFound);
  const t = await getTranslations("duty");
  const done = first((await searchParams).done);
  const back = actor.role === "DEPUTY" ? "/duty" : "/duty/review";
  return (
    <>
      <PageHeader
        title={`${t(`type.${record.type}` as "type.STUDY")} · ${record.date}`}
        description={<StatusBadge status={record.status} />}
        actions={<Link href={back} className="text-brand-700 underline">{t("record.back")}</Link>}
      />
      {done === "confirmed" ? <Alert tone="success" className="mb-4">{t("record.confirmed")}</Alert> : null}
      {done === "returned" ? <Alert tone="success" className="mb-4">{t("record.returnedDone")}</Alert> : null}
      {done === "saved" ? <Alert tone="success" className="mb-4">{record.status === "SUBMITTED" ? t("record.submittedDone") : t("record.created")}</Alert> : null}
      {record.status === "RETURNED" && record.returnReason ? <Alert tone="warning" className="mb-4">{t("record.returned", { reason: record.returnReason })}</Alert> : null}
      <Card className="mb-6">
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium text-gray-700">{t("record.deputy")}</dt>
          <dd data-testid="record-deputy">{record.deputyName}</dd>
          <dt className="font-medium text-gray-700">{t("record.date")}</dt>
          <dd>{record.endDate ? `${record.date} – ${record.endDate}` : record.date}</dd>
          <dt className="font-medium text-gray-700">{t("record.place")}</dt>
          <dd>{record.place}</dd>
          <dt className="font-medium text-gray-700">{t("record.description")}</dt>
          <dd className="whitespace-pre-wrap">{record.description}</dd>
          <dt className="font-medium text-gray-700">{t("record.participants")}</dt>
          <dd>{record.participants ?? "—"}</dd>
          <dt className="font-medium text-gray-700">{t("record.origin")}</dt>
          <dd>{t(`origin.${record.origin}` as "origin.MANUAL")}</dd>
        </dl>
        {record.photoIds.length > 0 ? (
          <ul className="mt-4 flex flex-wrap gap-3">
            {record.photoIds.map((pid, i) => (
              <li key={pid}>
                {/* eslint-disable-next-line @next/next/no-img-element -- bytes from our own authorized route */}
                <img src={`/duty/photos/${pid}`} alt={t("record.photoAlt", { n: i + 1 })} className="h-40 w-auto rounded border border-gray-200 object-cover" />
              </li>
            ))}
          </ul>
        ) : null}
      </Card>
      {record.canReview ? <ReviewForms recordId={record.id} /> : null}
      {record.canEdit ? (
        <>
          <OwnerForms recordId={record.id} canSubmit={record.status === "DRAFT"} />
          <h2 className="mt-8 mb-3 text-lg font-semibold">{t("record.edit")}</h2>
          <RecordForm
            types={MANUAL_TYPES}
            today={shanghaiDayKey(new Date())}
            defaults={{ recordId: record.id, type: record.type, date: record.date, endDate: record.endDate, place: record.place, description: record.description, participants: record.participants }}
          />
        </>
      ) : null}
    </>
  );
}
