import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui";
import { can } from "@/domain/permissions";
import { BackLink } from "@/features/directory/components/fields";
import { GroupDetail } from "@/features/directory/components/group-detail";
import { orNotFound } from "@/features/directory/load";
import { getGroup } from "@/server/directory/groups";
import { requirePermission } from "@/server/session";

/** A professional group in the caller's scope with its members; outside it, a 404. */
export default async function GroupPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("group:read");
  const { id } = await params;
  const [t, group] = await Promise.all([getTranslations("directory.groups"), orNotFound(getGroup(actor, id))]);
  return (
    <>
      <BackLink href="/groups">{t("backToList")}</BackLink>
      <PageHeader title={group.name} />
      <GroupDetail group={group} linkDeputies={can(actor.role, "deputy:read")} />
    </>
  );
}
