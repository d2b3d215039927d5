"use client";

import { Link } from "@/components/ui/link";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, buttonClasses } from "@/components/ui";

type TLine = { done?: number; total?: number; ok?: boolean; imported?: number; message?: string };

/**
 * "Import all": posts to /deputies/import/{id}/commit and reads its streamed progress. The rows
 * count only when the one transaction commits, so a failure part-way leaves the register as it was.
 */
export function ImportCommit({ importId, rows }: { importId: string; rows: number }) {
  const t = useTranslations("register.import");
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  async function run() {
    if (pending) return;
    setPending(true);
    setResult(null);
    try {
      const response = await fetch(`/deputies/import/${importId}/commit`, { method: "POST" });
      if (!response.body || !response.headers.get("content-type")?.includes("ndjson")) {
        const body = (await response.json().catch(() => null)) as TLine | null;
        setResult({ ok: false, text: body?.message ?? t("refusals.badRequest") });
      } else {
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = "";
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          buffer += value;
          const lines = buffer.split("\n");
          buffer = lines.pop() ?? "";
          for (const raw of lines.filter(Boolean)) {
            const line = JSON.parse(raw) as TLine;
            if (line.done !== undefined && line.total !== undefined) setProgress({ done: line.done, total: line.total });
            else if (line.ok) setResult({ ok: true, text: t("done", { count: line.imported ?? 0 }) });
            else if (line.ok === false) setResult({ ok: false, text: line.message ?? t("refusals.badRequest") });
          }
        }
      }
    } catch {
      setResult({ ok: false, text: t("refusals.network") });
    }
    setPending(false);
  }

  const total = progress?.total ?? rows;
  return (
    <div className="space-y-3">
      {result ? <Alert tone={result.ok ? "success" : "error"}>{result.text}</Alert> : null}
      {pending || progress ? (
        <div>
          <progress className="h-3 w-full" max={total || 1} value={progress?.done ?? 0} aria-label={t("committing")} />
          <p role="status" className="text-sm text-gray-700">
            {t("progress", { done: progress?.done ?? 0, total })}
          </p>
        </div>
      ) : null}
      {result?.ok ? (
        <Link href={`/deputies?status=ACTIVE`} className={buttonClasses("secondary", "md")}>
          {t("findImported")}
        </Link>
      ) : (
        <Button type="button" onClick={run} pending={pending}>
          {pending ? t("committing") : t("commit")}
        </Button>
      )}
    </div>
  );
}
