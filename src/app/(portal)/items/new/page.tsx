import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui";
import { SubmitItemForm } from "@/features/items/components/submit-item-form";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("items"))("newTitle") };
}

export default async function NewItemPage() {
  const actor = await requirePermission("item:submit");
  const t = await getTranslations("items");
  const onBehalf = actor.role === "STAFF";
  // one key per page load (security.md #17): a double submit of this form creates one item
  const idempotencyKey = crypto.randomUUID();
  return (
    <>
      <PageHeader
        title={t("newTitle")}
        description={onBehalf ? t("newIntroStaff") : t("newIntro")}
        actions={
          <Link href="/items" className="text-brand-700 underline">
            {t("detail.back")}
          </Link>
        }
      />
      <SubmitItemForm idempotencyKey={idempotencyKey} onBehalf={onBehalf} />
    </>
  );
}
