import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui";
import { PublicSubmitForm } from "@/features/public/components/public-submit-form";
import { listPublicCommittees } from "@/server/public/committees";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("public.submit"))("title") };
}

/** The one-click public opinion form: no account needed. */
export default async function PublicSubmitPage() {
  const t = await getTranslations("public.submit");
  const committees = await listPublicCommittees();
  // one key per page load (security.md #17): a double submit of this form creates one item
  const idempotencyKey = crypto.randomUUID();
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <PublicSubmitForm committees={committees} idempotencyKey={idempotencyKey} />
    </>
  );
}
