import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui";
import { can } from "@/domain/permissions";
import type { TActor } from "@/server/authz";
import { listItemFiles } from "@/server/attachments/item-files";
import { maskedContact } from "@/server/items/contact";
import { AddFilesForm } from "./add-files-form";
import { ContactReveal } from "./contact-reveal";

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** The item page's intake panel: the submitter's phone (masked, committee staff only) and the files. */
export async function ItemFiles({ actor, itemId }: { actor: TActor; itemId: string }) {
  const [t, format, files, masked] = await Promise.all([getTranslations("intake"), getFormatter(), listItemFiles(actor, itemId), maskedContact(actor, itemId)]);
  return (
    <Card>
      <section aria-labelledby="item-files" className="space-y-4">
        {masked ? <ContactReveal itemId={itemId} masked={masked} mayReveal={can(actor.role, "deputy:revealPii")} /> : null}
        <h2 id="item-files" className="text-lg font-semibold text-gray-900">
          {t("attachments.title")}
        </h2>
        {files.rows.length === 0 ? (
          <p className="text-sm text-gray-700">{t("attachments.none")}</p>
        ) : (
          <ul className="space-y-2">
            {files.rows.map((f) => (
              <li key={f.id} className="flex flex-wrap items-baseline gap-x-3">
                <a href={`/api/attachments/${f.id}`} className="text-brand-700 underline" download>
                  {f.fileName}
                </a>
                <span className="text-sm text-gray-600">
                  {t("attachments.meta", {
                    kind: f.kind.toUpperCase(),
                    size: sizeText(f.size),
                    who: f.uploaderName ?? t("attachments.someone"),
                    at: format.dateTime(f.createdAt, { dateStyle: "medium" }),
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
        {files.mayAdd ? <AddFilesForm itemId={itemId} /> : null}
      </section>
    </Card>
  );
}
