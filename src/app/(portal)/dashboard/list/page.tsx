import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DrillList } from "@/features/dashboard/components/drill-list";
import { ZDrillSearch, type TSearchParams } from "@/features/dashboard/search-params";
import { isFigureId } from "@/domain/dashboard/figures";
import { ForbiddenError, NotFoundError } from "@/server/errors";
import { listFigure } from "@/server/dashboard/drill";
import { requirePermission } from "@/server/session";
import { Alert } from "@/components/ui";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard.list"))("title") };
}

export default async function DashboardListPage({ searchParams }: { searchParams: Promise<TSearchParams> }) {
  const actor = await requirePermission("dashboard:view");
  const s = ZDrillSearch.parse(await searchParams);
  const t = await getTranslations("dashboard.list");
  if (!s.figure || !isFigureId(s.figure) || !s.key) return <Alert tone="error">{t("invalid")}</Alert>;
  const result = await listFigure(actor, { year: s.year, region: s.region, level: s.level, figure: s.figure, key: s.key, page: s.page }).catch(
    (e: unknown) => {
      if (e instanceof ForbiddenError) forbidden();
      if (e instanceof NotFoundError) return null;
      throw e;
    },
  );
  if (!result) return <Alert tone="error">{t("invalid")}</Alert>;
  return <DrillList result={result} search={s} />;
}
