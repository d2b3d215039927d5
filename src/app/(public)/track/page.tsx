import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { Alert, PageHeader } from "@/components/ui";
import { TrackForm } from "@/features/public/components/track-form";
import { TrackResult } from "@/features/public/components/track-result";
import { retryMinutes } from "@/features/public/state";
import { requestContext } from "@/server/request-context";
import { trackItem } from "@/server/public/track";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("public.track"))("title") };
}

/** The public status page: look an item up by its tracking number (?no=). */
export default async function TrackPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("public.track");
  const raw = (await searchParams).no;
  const no = typeof raw === "string" ? raw.slice(0, 64) : "";
  const result = no.trim() === "" ? null : await trackItem(no, requestContext(await headers()));
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <div className="space-y-6">
        <TrackForm value={no} error={result?.kind === "malformed" ? t("malformed") : null} />
        {result?.kind === "notFound" ? <Alert tone="warning">{t("notFound")}</Alert> : null}
        {result?.kind === "limited" ? <Alert tone="error">{t("limited", { minutes: retryMinutes(result.retryAfterSeconds) })}</Alert> : null}
        {result?.kind === "found" ? <TrackResult status={result.status} /> : null}
      </div>
    </>
  );
}
