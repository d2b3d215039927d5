"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, controlClasses, describedBy, FieldShell } from "@/components/ui";
import { MAX_ROSTER_BYTES } from "@/domain/roster/columns";

/**
 * Upload a roster: the file goes as the request body to /deputies/import/upload, which checks it
 * and answers with the import's id (its report page) or a message. A file over 10 MB is refused
 * here before any byte is sent; the server refuses it again on its own.
 */
export function ImportUploadForm({ committees }: { committees: { id: string; name: string }[] }) {
  const t = useTranslations("register.import");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    const committee = String(form.get("committee") ?? "");
    if (!(file instanceof File) || (file.size === 0 && file.name === "")) return setError(t("refusals.noFile"));
    if (file.size > MAX_ROSTER_BYTES) return setError(t("refusals.tooLarge"));
    setError(null);
    setPending(true);
    try {
      const query = new URLSearchParams({ committee, name: file.name });
      const response = await fetch(`/deputies/import/upload?${query.toString()}`, { method: "POST", body: file, headers: { "Content-Type": "application/octet-stream" } });
      const body = (await response.json().catch(() => null)) as { ok?: boolean; importId?: string; message?: string } | null;
      if (body?.ok && body.importId) {
        router.push(`/deputies/import/${body.importId}`);
        return;
      }
      setError(body?.message ?? t("refusals.badRequest"));
    } catch {
      setError(t("refusals.network"));
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-busy={pending}>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {pending ? <p role="status" className="text-sm text-gray-700">{t("uploading")}</p> : null}
      <FieldShell id="field-committee" label={t("committee")}>
        <select id="field-committee" name="committee" className={controlClasses(false)} defaultValue={committees[0]?.id}>
          {committees.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </FieldShell>
      <FieldShell id="field-file" label={t("file")} error={error}>
        <input id="field-file" name="file" type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby={describedBy("field-file", null, error)} className="block w-full text-sm" />
      </FieldShell>
      <Button type="submit" pending={pending}>
        {t("upload")}
      </Button>
    </form>
  );
}
