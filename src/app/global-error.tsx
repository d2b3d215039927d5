"use client";

import enErrors from "../../messages/en/errors.json";
import zhCommon from "../../messages/zh-CN/common.json";
import zhErrors from "../../messages/zh-CN/errors.json";
import { errorDigest, isDbUnavailableError } from "@/features/shell/unavailable";
import "./globals.css";

/**
 * Replaces the root layout when it fails, so there is no i18n provider (and the locale cookie is
 * HttpOnly): the catalog files are read directly, Chinese first with the English line under it.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const unavailable = isDbUnavailableError(error);
  const digest = errorDigest(error);
  return (
    <html lang="zh-CN">
      <body className="flex min-h-screen flex-col bg-gray-50">
        <title>{`${unavailable ? zhErrors.unavailableTitle : zhErrors.genericTitle} · ${zhCommon.appName}`}</title>
        <main className="mx-auto w-full max-w-xl flex-1 px-4 py-16">
          <p className="text-xl font-bold text-brand-700">{zhCommon.appName}</p>
          <h1 className="mt-4 text-2xl font-semibold text-gray-900">{unavailable ? zhErrors.unavailableTitle : zhErrors.genericTitle}</h1>
          <p className="mt-3 text-gray-800">{unavailable ? zhErrors.unavailable : zhErrors.genericBody}</p>
          <p lang="en" className="mt-2 text-sm text-gray-700">
            {unavailable ? enErrors.unavailable : enErrors.genericBody}
          </p>
          {digest ? <p className="mt-3 text-sm text-gray-700">{zhErrors.reference.replace("{digest}", digest)}</p> : null}
          <button
            type="button"
            onClick={() => retry()}
            className="mt-6 min-h-11 rounded-md border border-brand-700 bg-brand-700 px-4 font-medium text-white hover:bg-brand-800"
          >
            {zhCommon.retry}
          </button>
        </main>
      </body>
    </html>
  );
}
