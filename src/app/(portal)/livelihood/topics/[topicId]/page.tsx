import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui";
import { can } from "@/domain/permissions";
import { findingAction, participantsAction } from "@/features/livelihood/actions";
import { LivelihoodForm } from "@/features/livelihood/components/livelihood-form";
import { orNotFound } from "@/features/livelihood/load";
import { participantOptions, topicView } from "@/server/livelihood/topics";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("livelihood"))("topic.title") };
}

export default async function TopicPage({ params }: { params: Promise<{ topicId: string }> }) {
  const actor = await requirePermission("supervision:read");
  const { topicId } = await params;
  const { topic, participants, findings } = await orNotFound(topicView(actor, topicId));
  const manage = can(actor.role, "livelihood:manage");
  const [t, options] = await Promise.all([getTranslations("livelihood"), manage ? participantOptions(actor, topic.id) : []]);
  const taking = new Set(participants.map((p) => p.id));
  return (
    <>
      <PageHeader
        title={topic.title}
        description={`${t(`topic.kind.${topic.kind}`)} · ${topic.year} · ${topic.description}`}
        actions={
          <Link href="/livelihood/topics" className="text-brand-700 underline">
            {t("topic.title")}
          </Link>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-2 text-lg font-semibold">{t("topic.participants")}</h2>
          {participants.length === 0 ? <p className="text-sm">{t("topic.noParticipants")}</p> : <p>{participants.map((p) => p.name).join("、")}</p>}
          {manage ? (
            <details className="mt-3">
              <summary className="cursor-pointer text-brand-700">{t("topic.addParticipants")}</summary>
              <div className="mt-2 max-h-80 overflow-y-auto">
                <LivelihoodForm
                  action={participantsAction}
                  label={t("topic.addParticipants")}
                  hidden={{ topicId: topic.id }}
                  fields={[{ name: "deputyIds", label: t("topic.participants"), kind: "checkboxes", options: options.filter((o) => !taking.has(o.id)).map((o) => ({ value: o.id, label: o.name })) }]}
                  submitLabel={t("topic.addParticipants")}
                  variant="secondary"
                />
              </div>
            </details>
          ) : null}
        </Card>
        <Card>
          <h2 className="mb-2 text-lg font-semibold">{t("topic.findings")}</h2>
          {findings.length === 0 ? <p className="text-sm">{t("topic.noFindings")}</p> : null}
          <ol className="list-decimal space-y-2 pl-6">
            {findings.map((f) => (
              <li key={f.id}>
                {f.text}
                {f.item ? (
                  <>
                    {" "}
                    <Link href={`/items/${f.item.id}`} className="font-mono text-brand-700 underline">
                      {t("topic.item", { number: f.item.trackingNumber })}
                    </Link>
                  </>
                ) : null}
              </li>
            ))}
          </ol>
          {manage ? (
            <div className="mt-4">
              <LivelihoodForm
                action={findingAction}
                label={t("topic.addFinding")}
                hidden={{ topicId: topic.id }}
                fields={[
                  { name: "text", label: t("topic.finding"), kind: "textarea", max: 3000 },
                  { name: "raise", label: t("topic.raise"), kind: "checkboxes", options: [{ value: "on", label: t("topic.raiseOption") }] },
                ]}
                submitLabel={t("topic.addFinding")}
                successMessage={t("topic.findingAdded")}
              />
            </div>
          ) : null}
        </Card>
      </div>
    </>
  );
}
