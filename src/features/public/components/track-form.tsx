import { getTranslations } from "next-intl/server";
import { Button, Card, Field } from "@/components/ui";

/** A plain GET form (works without script): /track?no=… */
export async function TrackForm({ value, error }: { value: string; error?: string | null }) {
  const t = await getTranslations("public.track");
  return (
    <Card>
      <form method="get" action="/track" className="space-y-4" role="search">
        <Field name="no" label={t("numberLabel")} hint={t("numberHint")} required maxLength={64} autoComplete="off" spellCheck={false} defaultValue={value} error={error ?? undefined} />
        <Button type="submit">{t("lookUp")}</Button>
      </form>
    </Card>
  );
}
