"use client";

import { useTranslations } from "next-intl";
import type { Ref } from "react";
import { Field } from "@/components/ui/field";

type TProps = {
  codeRef: Ref<HTMLInputElement>;
  error: string | null;
  enrolment: { qrSvg: string; secret: string } | null;
};

/** The second step of signing in: the authenticator code, and at first sign-in the QR code to scan. */
export function TotpStep({ codeRef, error, enrolment }: TProps) {
  const t = useTranslations("login");
  return (
    <div className="space-y-4">
      {enrolment ? (
        <section aria-labelledby="enrol-title" className="space-y-3 rounded-md border border-slate-200 p-4">
          <h2 id="enrol-title" className="font-semibold">{t("enrolTitle")}</h2>
          <p className="text-sm text-slate-600">{t("enrolIntro")}</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on our server, no optimisation wanted */}
          <img
            src={`data:image/svg+xml;base64,${btoa(enrolment.qrSvg)}`}
            alt={t("enrolQrAlt")}
            width={176}
            height={176}
            className="mx-auto bg-white"
          />
          <p className="text-sm">
            {t("enrolSecret")}：<code className="break-all font-mono" data-testid="totp-secret">{enrolment.secret}</code>
          </p>
        </section>
      ) : null}
      <Field
        ref={codeRef}
        name="totp"
        label={t("totp")}
        hint={t("totpHint")}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={7}
        required
        error={error}
      />
    </div>
  );
}
