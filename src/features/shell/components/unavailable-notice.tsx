import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";

/** "Database unavailable" (503): what the user sees instead of the page; nothing fails open. */
export function UnavailableNotice() {
  const t = useTranslations("errors");
  return (
    <div className="mx-auto max-w-xl py-8">
      <h1 className="mb-4 text-2xl font-semibold text-gray-900">{t("unavailableTitle")}</h1>
      <Alert tone="warning">{t("unavailable")}</Alert>
    </div>
  );
}
