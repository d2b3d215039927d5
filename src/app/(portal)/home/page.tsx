import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { getHomeSummary } from "@/server/home/queries";
import { requireUser } from "@/server/session";
import { HomeSummary } from "./_components/home-summary";

export async function generateMetadata() {
  const t = await getTranslations("home");
  return { title: t("pageTitle") };
}

export default async function HomePage() {
  const user = await requireUser();
  const summary = await getHomeSummary(user);
  const t = await getTranslations("home");
  const tRoles = await getTranslations("roles");
  return (
    <>
      <PageHeader
        title={t("greeting", { name: user.displayName })}
        description={
          <>
            <p>{t("roleLine", { role: tRoles(user.role) })}</p>
            {summary.kind === "committee" ? <p>{t("scopeLine", { scope: summary.committeeName })}</p> : null}
          </>
        }
      />
      <h2 className="sr-only">{t("summaryHeading")}</h2>
      <HomeSummary summary={summary} />
    </>
  );
}
