import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui";
import { StationSubmitForm } from "@/features/public/components/station-submit-form";
import { getPublicStation } from "@/server/public/stations";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ stationId: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const station = await getPublicStation((await params).stationId);
  const t = await getTranslations("intake.station");
  return { title: station ? t("title", { name: station.name }) : t("notFoundTitle") };
}

/** A station's own one-click opinion form (its QR code points here): public, no account. */
export default async function StationFormPage({ params }: TProps) {
  const station = await getPublicStation((await params).stationId);
  if (!station) notFound();
  const t = await getTranslations("intake.station");
  // one key per page load (security.md #17): a double submit of this form creates one item
  const idempotencyKey = crypto.randomUUID();
  return (
    <>
      <PageHeader
        title={t("title", { name: station.name })}
        description={
          <>
            {t("intro")}
            {station.address ? <span className="mt-1 block">{t("address", { address: station.address })}</span> : null}
          </>
        }
      />
      <StationSubmitForm stationId={station.id} idempotencyKey={idempotencyKey} />
      <p className="mt-4 text-sm">
        <Link href="/track" className="text-brand-700 underline">
          {(await getTranslations("public"))("navTrack")}
        </Link>
      </p>
    </>
  );
}
