import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge, Card, Table, type TColumn } from "@/components/ui";
import type { TGroupDetail } from "@/server/directory/groups";
import { Fields, linkClass, Stack } from "./fields";

type TMember = TGroupDetail["members"][number];

/** A professional group, its lead special committee and its members (leaders first). */
export async function GroupDetail({ group, linkDeputies }: { group: TGroupDetail; linkDeputies: boolean }) {
  const [t, te, td] = await Promise.all([getTranslations("directory.groups"), getTranslations("enums"), getTranslations("directory")]);
  const columns: TColumn<TMember>[] = [
    {
      key: "name",
      header: t("memberName"),
      rowHeader: true,
      cell: (m) => (linkDeputies ? <Link href={`/deputies/${m.id}`} className={linkClass}>{m.name}</Link> : m.name),
    },
    { key: "level", header: t("memberLevel"), cell: (m) => te(`deputyLevel.${m.level}`) },
    { key: "role", header: t("memberRole"), cell: (m) => (m.isLeader ? <Badge tone="warning">{t("leader")}</Badge> : t("member")) },
  ];
  return (
    <Stack>
      <Card>
        <Fields
          none={td("none")}
          items={[
            { label: t("columns.field"), value: group.field },
            { label: t("columns.leadCommittee"), value: group.leadCommitteeName },
            { label: t("columns.committee"), value: group.committeeName },
            { label: t("columns.members"), value: String(group.members.length) },
          ]}
        />
      </Card>
      <Card title={t("members")}>
        <Table caption={t("membersCaption")} captionHidden columns={columns} rows={group.members} rowKey={(m) => m.id} empty={t("noMembers")} />
      </Card>
    </Stack>
  );
}
