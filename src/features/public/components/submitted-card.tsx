"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui";

/** The answer of a public form: the tracking number, large, and the way to the status page. */
export function SubmittedCard({ trackingNumber }: { trackingNumber: string }) {
  const t = useTranslations("public.submit");
  return (
    <Card>
      <div role="status" className="space-y-4">
        <h2 className="text-xl font-semibold text-gray-900">{t("doneTitle")}</h2>
        <p className="text-gray-800">{t("doneNumberLabel")}</p>
        <p className="font-mono text-3xl font-bold tracking-wider text-brand-700" data-testid="tracking-number">
          {trackingNumber}
        </p>
        <p className="text-gray-800">{t("doneKeep")}</p>
        <p>
          <Link href={`/track?no=${encodeURIComponent(trackingNumber)}`} className="text-brand-700 underline">
            {t("doneTrackLink")}
          </Link>
        </p>
      </div>
    </Card>
  );
}
