import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert, PageHeader } from "@/components/ui";
import { isAction } from "@/domain/workflow/actions";
import { DEFAULT_WORKFLOW_CONFIG } from "@/domain/workflow/facts";
import { ItemFiles } from "@/features/attachments/components/item-files"; // intake: attachments
import { ItemActionForm } from "@/features/items/components/item-action-form";
import { ItemHistory } from "@/features/items/components/item-history";
import { ItemOverview } from "@/features/items/components/item-overview";
import { PrintFormLinks } from "@/features/items/components/print-form-links";
import { NotFoundError } from "@/server/errors";
import { assignableUnits, getItemForViewer, listItems } from "@/server/items/queries";
import { requirePermission } from "@/server/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("items"))("listTitle") };
}

type TProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const orNotFound = (e: unknown): never => {
  if (e instanceof NotFoundError) notFound();
  throw e;
};

/** Merge candidates: the committee's other open items still in collection. */
async function mergeTargets(actor: Awaited<ReturnType<typeof requirePermission>>, itemId: string) {
  const lists = await Promise.all((["SUBMITTED", "ACCEPTED"] as const).map((stage) => listItems(actor, { stage, pageSize: 100 })));
  return lists.flatMap((l) => l.rows).filter((r) => r.id !== itemId).map((r) => ({ id: r.id, name: `${r.trackingNumber} ${r.title}` }));
}

export default async function ItemPage({ params, searchParams }: TProps) {
  const actor = await requirePermission("item:read");
  const { id } = await params;
  const item = await getItemForViewer(actor, id).catch(orNotFound);
  const query = await searchParams;
  const [t, tAction] = await Promise.all([getTranslations("items"), getTranslations("workflow.action")]);
  const actions = item.availableActions;
  const [units, targets] = await Promise.all([
    actions.includes("assign") ? assignableUnits(actor, item.id).catch(orNotFound) : [],
    actions.includes("merge") ? mergeTargets(actor, item.id) : [],
  ]);
  const done = typeof query.done === "string" && isAction(query.done) ? query.done : null;
  return (
    <>
      <PageHeader
        title={item.title}
        description={<span className="font-mono">{item.trackingNumber}</span>}
        actions={
          <Link href="/items" className="text-brand-700 underline">
            {t("detail.back")}
          </Link>
        }
      />
      {query.submitted === "1" ? (
        <Alert tone="success" className="mb-4">
          {t("submitted", { trackingNumber: item.trackingNumber })}
        </Alert>
      ) : null}
      {done ? (
        <Alert tone="success" className="mb-4">
          {t("done", { action: tAction(done) })}
        </Alert>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <ItemOverview item={item} />
          {/* intake: the submitter's masked phone and the item's attachments */}
          <ItemFiles actor={actor} itemId={item.id} />
          <ItemHistory rows={item.history} />
        </div>
        <section aria-labelledby="item-actions" className="space-y-4">
          <h2 id="item-actions" className="text-lg font-semibold text-gray-900">
            {t("actions.title")}
          </h2>
          {actions.length === 0 ? <p className="text-sm text-gray-700">{t("actions.none")}</p> : null}
          {actions.map((action) => (
            <ItemActionForm key={action} itemId={item.id} version={item.version} action={action} units={units} targets={targets} resultClasses={DEFAULT_WORKFLOW_CONFIG.resultClasses} />
          ))}
          <PrintFormLinks itemId={item.id} history={item.history} />
        </section>
      </div>
    </>
  );
}
