import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { PRINT_FORMS, isFormApplicable, type TFormHistoryRow } from "@/domain/workflow/print-forms";

/** The item page's links to its six printable forms; a form whose step has not begun is not a link. */
export async function PrintFormLinks({ itemId, history }: { itemId: string; history: readonly TFormHistoryRow[] }) {
  const t = await getTranslations("itemLists.print");
  return (
    <section aria-labelledby="item-print-forms" className="rounded-lg border border-gray-200 bg-white p-4">
      <h2 id="item-print-forms" className="mb-2 font-semibold text-gray-900">
        {t("section")}
      </h2>
      <ul className="space-y-1 text-sm">
        {PRINT_FORMS.map((form) => (
          <li key={form}>
            {isFormApplicable(form, history) ? (
              <Link href={`/items/${itemId}/print/${form}`} className="text-brand-700 underline">
                {t(`forms.${form}`)}
              </Link>
            ) : (
              <span className="text-gray-600">
                {t(`forms.${form}`)}（{t("notYetShort")}）
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
