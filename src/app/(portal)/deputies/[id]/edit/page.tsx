import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui";
import { DeputyForm } from "@/features/deputies/components/deputy-form";
import { BackLink } from "@/features/directory/components/fields";
import { orNotFound } from "@/features/directory/load";
import { deputyFormOptions, getDeputyForEdit } from "@/server/deputies/queries";
import { requirePermission } from "@/server/session";

export default async function EditDeputyPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("deputy:write");
  const { id } = await params;
  const [t, values, options] = await Promise.all([getTranslations("register.form"), orNotFound(getDeputyForEdit(actor, id)), deputyFormOptions(actor)]);
  return (
    <>
      <BackLink href={`/deputies/${id}`}>{values.name}</BackLink>
      <PageHeader title={t("editTitle")} />
      <DeputyForm options={options} values={values} cancelHref={`/deputies/${id}`} />
    </>
  );
}
