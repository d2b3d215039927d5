import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Alert, buttonClasses, PageHeader } from "@/components/ui";
import { can } from "@/domain/permissions";
import { ContactCard } from "@/features/deputies/components/contact-card";
import { StatusToggle } from "@/features/deputies/components/status-toggle";
import { DeputyProfile } from "@/features/directory/components/deputy-profile";
import { BackLink } from "@/features/directory/components/fields";
import { orNotFound } from "@/features/directory/load";
import { canEditDeputy } from "@/server/deputies/queries";
import { getDeputy } from "@/server/directory/deputies";
import { requirePermission } from "@/server/session";

/** A deputy in the caller's scope; anyone else's deputy is a 404 (its existence is not revealed). */
export default async function DeputyPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const actor = await requirePermission("deputy:read");
  const { id } = await params;
  const [t, tr, deputy, { saved }] = await Promise.all([getTranslations("directory.deputies"), getTranslations("register"), orNotFound(getDeputy(actor, id)), searchParams]);
  const editable = await canEditDeputy(actor, deputy.committeeId);
  const actions = editable ? (
    <div className="flex flex-wrap items-start gap-2">
      <Link href={`/deputies/${deputy.id}/edit`} className={buttonClasses("primary", "md")}>
        {tr("detail.edit")}
      </Link>
      <StatusToggle deputyId={deputy.id} active={deputy.status === "ACTIVE"} />
    </div>
  ) : undefined;
  return (
    <>
      <BackLink href="/deputies">{t("backToList")}</BackLink>
      <PageHeader title={deputy.name} actions={actions} />
      {saved ? <div className="mb-4"><Alert tone="success">{tr("form.saved")}</Alert></div> : null}
      <div className="space-y-6">
        <ContactCard deputyId={deputy.id} pii={deputy.pii} bio={deputy.bio} canReveal={can(actor.role, "deputy:revealPii")} />
        <DeputyProfile deputy={deputy} linkGroups={can(actor.role, "group:read")} linkStations={can(actor.role, "station:read")} />
      </div>
    </>
  );
}
