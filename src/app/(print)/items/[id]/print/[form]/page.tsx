import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui";
import { isPrintForm } from "@/domain/workflow/print-forms";
import { PrintButton } from "@/features/items/components/print-button";
import { PrintForm } from "@/features/items/components/print-form";
import { NotFoundError } from "@/server/errors";
import { getPrintableItem } from "@/server/items/print";
import { requirePermission } from "@/server/session";

type TProps = { params: Promise<{ id: string; form: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { form } = await params;
  const t = await getTranslations("itemLists.print");
  return { title: isPrintForm(form) ? t(`forms.${form}`) : t("section") };
}

/** /items/[id]/print/[form]: one of the six forms, for viewers who may see the item (404 otherwise). */
export default async function PrintFormPage({ params }: TProps) {
  const actor = await requirePermission("item:read");
  const { id, form } = await params;
  if (!isPrintForm(form)) notFound();
  const data = await getPrintableItem(actor, id).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const t = await getTranslations("itemLists.print");
  return (
    <>
      <nav className="mb-6 flex items-center justify-between gap-3 print:hidden" aria-label={t("section")}>
        <Link href={`/items/${data.item.id}`} className="text-brand-700 underline">
          {t("back")}
        </Link>
        <PrintButton label={t("print")} className={buttonClasses("primary")} />
      </nav>
      <PrintForm form={form} data={data} />
    </>
  );
}
