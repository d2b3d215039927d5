import { getTranslations } from "next-intl/server";
import { Alert, Card, PageHeader } from "@/components/ui";
import { can } from "@/domain/permissions";
import { GROUP_ACTIVITY_KINDS } from "@/domain/stations/kinds";
import { REPORT_MAX_BYTES } from "@/domain/stations/report-file";
import { BackLink, Stack } from "@/features/directory/components/fields";
import { GroupDetail } from "@/features/directory/components/group-detail";
import { orNotFound } from "@/features/directory/load";
import type { TSearchParams } from "@/features/directory/search-params";
import { addThemeAction, createActivityAction, uploadReportAction } from "@/features/groups/actions";
import { GroupWork } from "@/features/groups/components/group-work";
import { GROUP_LIMITS } from "@/features/groups/schemas";
import { SpecForm } from "@/features/stations/components/spec-form";
import { first } from "@/features/stations/search-params";
import { getGroup } from "@/server/directory/groups";
import { groupMemberOptions, groupWork } from "@/server/groups/activities";
import { todayKey } from "@/server/stations/reception";
import { requirePermission } from "@/server/session";

/** A professional group in the caller's scope: members, themes, activities and reports; staff record them. */
export default async function GroupPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<TSearchParams> }) {
  const actor = await requirePermission("group:read");
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const [t, tg, tk, group, work] = await Promise.all([getTranslations("directory.groups"), getTranslations("groups"), getTranslations("groups.activityKind"), orNotFound(getGroup(actor, id)), orNotFound(groupWork(actor, id))]);
  const writes = can(actor.role, "group:write");
  const members = writes ? await groupMemberOptions(actor, id) : [];
  const activities = work.activities.map((a) => ({ id: a.id, label: `${a.heldOn} ${a.title}` }));
  return (
    <>
      <BackLink href="/groups">{t("backToList")}</BackLink>
      <PageHeader title={group.name} />
      <Stack>
        {first(search.saved) ? <Alert tone="success">{tg("saved")}</Alert> : null}
        <GroupDetail group={group} linkDeputies={can(actor.role, "deputy:read")} />
        <GroupWork work={work} />
        {writes && members.length > 0 ? (
          <>
            <Card title={tg("newTheme")}>
              <SpecForm
                action={addThemeAction}
                submitLabel={tg("add")}
                testId="theme-form"
                fields={[
                  { kind: "hidden", name: "groupId", value: id },
                  { kind: "number", name: "year", label: tg("year"), required: true, defaultValue: todayKey(new Date()).slice(0, 4) },
                  { kind: "text", name: "title", label: tg("themeTitle"), required: true, maxLength: GROUP_LIMITS.theme },
                ]}
              />
            </Card>
            <Card title={tg("newActivity")}>
              <SpecForm
                action={createActivityAction}
                submitLabel={tg("add")}
                testId="activity-form"
                fields={[
                  { kind: "hidden", name: "groupId", value: id },
                  { kind: "select", name: "kind", label: tg("kind"), required: true, options: GROUP_ACTIVITY_KINDS.map((k) => ({ id: k, label: tk(k) })), defaultValue: "RESEARCH" },
                  { kind: "text", name: "title", label: tg("activityTitle"), required: true, maxLength: GROUP_LIMITS.title },
                  { kind: "date", name: "heldOn", label: tg("heldOn"), required: true, defaultValue: todayKey(new Date()) },
                  { kind: "text", name: "place", label: tg("place"), maxLength: GROUP_LIMITS.place },
                  { kind: "textarea", name: "summary", label: tg("summary"), maxLength: GROUP_LIMITS.summary, rows: 3 },
                  { kind: "checkboxes", name: "deputyIds", label: tg("participants"), options: members, empty: tg("noMembers") },
                ]}
              />
            </Card>
            {activities.length > 0 ? (
              <Card title={tg("uploadTitle")} description={tg("uploadHint", { mb: REPORT_MAX_BYTES / 1024 / 1024 })}>
                <SpecForm
                  action={uploadReportAction}
                  submitLabel={tg("upload")}
                  testId="report-form"
                  fields={[
                    { kind: "hidden", name: "groupId", value: id },
                    { kind: "select", name: "activityId", label: tg("activity"), required: true, options: activities, placeholder: tg("choose") },
                    { kind: "text", name: "title", label: tg("reportTitle"), required: true, maxLength: GROUP_LIMITS.title },
                    { kind: "file", name: "file", label: tg("file"), required: true, accept: ".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
                  ]}
                />
              </Card>
            ) : null}
          </>
        ) : null}
      </Stack>
    </>
  );
}
