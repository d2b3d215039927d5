import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui";
import { env } from "@/server/env";
import { requirePermission } from "@/server/session";

/**
 * The benchmark's framework floor (issue 6 item 3): the dashboard's layout and session check, no
 * data. Served only when LVZHI_BENCH_FLOOR=1 (scripts/bench/run.ts sets it); 404 otherwise.
 */
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard.floor"))("title") };
}

export default async function BenchFloorPage() {
  if (env().LVZHI_BENCH_FLOOR !== "1") notFound();
  await requirePermission("dashboard:view");
  const t = await getTranslations("dashboard.floor");
  return <PageHeader title={t("title")} description={t("body")} />;
}
