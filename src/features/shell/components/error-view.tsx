"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { errorDigest, isDbUnavailableError } from "../unavailable";

/**
 * The body of an error boundary: "database unavailable" (errors.unavailable) or a generic message
 * with the error's reference number, a retry button and a way home. Never the error's own text.
 */
export function ErrorView({ error, retry, homeHref = "/home" }: { error: unknown; retry: () => void; homeHref?: string }) {
  const t = useTranslations("errors");
  const tc = useTranslations("common");
  const unavailable = isDbUnavailableError(error);
  const digest = errorDigest(error);
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div className="mx-auto max-w-xl py-8">
      <h1 className="mb-4 text-2xl font-semibold text-gray-900">{unavailable ? t("unavailableTitle") : t("genericTitle")}</h1>
      <Alert tone={unavailable ? "warning" : "error"}>
        <p>{unavailable ? t("unavailable") : t("genericBody")}</p>
        {digest ? <p className="mt-2 text-gray-700">{t("reference", { digest })}</p> : null}
      </Alert>
      <div className="mt-6 flex flex-wrap gap-3">
        <Button onClick={() => retry()}>{tc("retry")}</Button>
        <Link href={homeHref} className={buttonClasses("secondary")}>
          {tc("backHome")}
        </Link>
      </div>
    </div>
  );
}
