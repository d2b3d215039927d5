import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui";
import { SubmitItemForm } from "@/features/items/components/submit-item-form";
import { submitOptions } from "@/server/items/intake-options";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("items"))("newTitle") };
}

export default async function NewItemPage() {
  const actor = await requirePermission("item:submit");
  const role = actor.role;
  if (role !== "DEPUTY" && role !== "STAFF" && role !== "STATION_MANAGER") forbidden();
  const [t, ti, options] = await Promise.all([getTranslations("items"), getTranslations("intake"), submitOptions(actor)]);
  // one key per page load (security.md #17): a double submit of this form creates one item
  const idempotencyKey = crypto.randomUUID();
  return (
    <>
      <PageHeader
        title={t("newTitle")}
        description={ti(`intro.${role}`)}
        actions={
          <Link href="/items" className="text-brand-700 underline">
            {t("detail.back")}
          </Link>
        }
      />
      <SubmitItemForm idempotencyKey={idempotencyKey} role={role} sources={options.sources} deputies={options.deputies} stations={options.stations} />
    </>
  );
}
