"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { FieldShell, controlClasses, describedBy } from "@/components/ui";

/** The server's limit (src/server/duty/uploads.ts); checked here too so a 20 MB file is never sent. */
const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

/**
 * A photo input that refuses an oversized file at once, next to the field (the server checks size,
 * type by magic bytes and dimensions again: this is only to spare the upload).
 */
export function PhotoInput({ name = "photo", error, required }: { name?: string; error?: string[]; required?: boolean }) {
  const t = useTranslations("duty");
  const [local, setLocal] = useState<string | null>(null);
  const id = `field-${name}`;
  const shown = local ? [local] : error;
  return (
    <FieldShell id={id} label={t("record.photo")} hint={t("record.photoHint")} error={shown}>
      <input
        id={id}
        name={name}
        type="file"
        required={required}
        accept="image/jpeg,image/png,image/webp"
        aria-invalid={shown ? true : undefined}
        aria-describedby={describedBy(id, true, shown)}
        className={controlClasses(Boolean(shown))}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file && file.size > MAX_PHOTO_BYTES) {
            setLocal(t("errors.photoTooLarge"));
            e.currentTarget.value = "";
          } else setLocal(null);
        }}
      />
    </FieldShell>
  );
}
