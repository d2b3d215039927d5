import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card, PageHeader, Table } from "@/components/ui";
import { can } from "@/domain/permissions";
import { EnrolmentForm, MaterialForm } from "@/features/duty/components/small-forms";
import { committeeDeputies } from "@/server/duty/record-queries";
import { getCourse } from "@/server/duty/training";
import { requirePermission } from "@/server/session";
import { orNotFound } from "../../_shared";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("duty.training"))("title") };
}

export default async function CoursePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("learning:read");
  const { id } = await params;
  const c = await getCourse(actor, id).catch(orNotFound);
  const t = await getTranslations("duty");
  const manage = can(actor.role, "duty:manage");
  const deputies = manage ? await committeeDeputies(actor) : [];
  return (
    <>
      <PageHeader
        title={c.title}
        description={`${t(`audience.${c.audience}`)} · ${c.startsOn} – ${c.endsOn} · ${c.place}`}
        actions={<Link href="/duty/training" className="text-brand-700 underline">{t("training.back")}</Link>}
      />
      {c.description ? <p className="mb-4 whitespace-pre-wrap">{c.description}</p> : null}
      <div className="mb-6 grid gap-4 lg:grid-cols-2">
        <Table
          caption={t("training.roster")}
          rows={c.enrolments}
          rowKey={(e) => e.deputy.id}
          empty={t("archive.none")}
          columns={[
            { key: "n", header: t("training.deputies"), rowHeader: true, cell: (e) => e.deputy.name },
            { key: "a", header: t("training.attended"), cell: (e) => (e.attended ? t("archive.attended") : "—") },
          ]}
        />
        <Card title={t("training.materials")}>
          {c.materials.length === 0 ? <p className="text-sm text-gray-700">{t("training.noMaterials")}</p> : null}
          <ul className="space-y-1">
            {c.materials.map((m) => (
              <li key={m.id}>
                <a className="text-brand-700 underline" href={`/duty/training/materials/${m.id}`} download>
                  {m.fileName}
                </a>{" "}
                <span className="text-sm text-gray-600">({Math.ceil(m.size / 1024)} KB)</span>
              </li>
            ))}
          </ul>
          {manage ? <MaterialForm courseId={c.id} /> : null}
        </Card>
      </div>
      {manage ? <EnrolmentForm courseId={c.id} deputies={deputies} /> : null}
    </>
  );
}
