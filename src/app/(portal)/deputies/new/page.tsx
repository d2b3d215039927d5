import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui";
import { DeputyForm } from "@/features/deputies/components/deputy-form";
import { deputyFormOptions } from "@/server/deputies/queries";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("register.form"))("createTitle") };
}

export default async function NewDeputyPage() {
  const actor = await requirePermission("deputy:write");
  const [t, options] = await Promise.all([getTranslations("register.form"), deputyFormOptions(actor)]);
  return (
    <>
      <PageHeader title={t("createTitle")} />
      <DeputyForm options={options} cancelHref="/deputies" />
    </>
  );
}
