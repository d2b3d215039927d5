import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { isAction } from "@/domain/workflow/actions";
import { SATISFACTIONS, type TSatisfaction } from "@/domain/workflow/stages";
import { approvedReplies, evaluations, formRows, isFormApplicable, type TPrintForm } from "@/domain/workflow/print-forms";
import type { TPrintableItem } from "@/server/items/print";

const isSatisfaction = (s: string | null): s is TSatisfaction => s !== null && (SATISFACTIONS as readonly string[]).includes(s);
const CELL = "border border-gray-800 px-2 py-1 align-top";

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <tr>
      <th scope="row" className={`${CELL} w-32 bg-gray-50 text-left font-medium`}>
        {label}
      </th>
      <td className={`${CELL} whitespace-pre-wrap`}>{children}</td>
    </tr>
  );
}

/**
 * One of the six printable forms (六单制) of an item, laid out for A4: the item's identifying facts,
 * what belongs to the form's step, the records of that step, and a signature line. A form whose
 * step has not begun says so and prints nothing else.
 */
export async function PrintForm({ form, data }: { form: TPrintForm; data: TPrintableItem }) {
  const [t, tStage, tSource, tSat, tAction, format] = await Promise.all([
    getTranslations("itemLists.print"),
    getTranslations("workflow.stage"),
    getTranslations("workflow.source"),
    getTranslations("workflow.satisfaction"),
    getTranslations("workflow.action"),
    getFormatter(),
  ]);
  const { item, history } = data;
  const title = t(`forms.${form}`);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const none = t("none");
  const lead = item.units.find((u) => u.role === "LEAD")?.name ?? none;
  const co = item.units.filter((u) => u.role === "CO").map((u) => u.name).join("、") || none;
  const sat = (s: string | null) => (isSatisfaction(s) ? tSat(s) : none);
  const header = (
    <header className="mb-4 text-center">
      <p className="text-base">{item.committee.name}</p>
      <h1 className="mt-1 text-2xl font-bold tracking-widest">{title}</h1>
      <p className="mt-2 text-sm">
        {t("trackingNumber")}：<span className="font-mono">{item.trackingNumber}</span>
      </p>
    </header>
  );
  if (!isFormApplicable(form, history)) {
    return (
      <article data-print-form={form}>
        {header}
        <p role="status" className="rounded border border-gray-400 p-4 text-center">
          {t("notYet", { form: title })}
        </p>
      </article>
    );
  }
  const records = formRows(form, history);
  const facts: ReactNode[] = [
    <Field key="title" label={t("title")}>{item.title}</Field>,
    <Field key="stage" label={t("stage")}>{tStage(item.stage)}</Field>,
  ];
  if (form === "collection") {
    facts.push(
      <Field key="source" label={t("source")}>{tSource(item.source as Parameters<typeof tSource>[0])}</Field>,
      <Field key="at" label={t("submittedAt")}>{when(item.createdAt)}</Field>,
      item.submitterName ? (
        <Field key="who" label={t("submitter")}>{item.submitterName}</Field>
      ) : (
        <Field key="who" label={t("sponsors")}>{item.sponsors.map((s) => s.name).join("、") || none}</Field>
      ),
      <Field key="body" label={t("body")}>{item.body}</Field>,
    );
  } else {
    facts.push(<Field key="lead" label={t("leadUnit")}>{lead}</Field>, <Field key="co" label={t("coUnits")}>{co}</Field>);
  }
  if (form === "assignment" || form === "handling" || form === "supervision") {
    facts.push(<Field key="deadline" label={t("deadline")}>{item.deadline ? when(item.deadline) : none}</Field>);
  }
  if (form === "supervision") facts.push(<Field key="key" label={t("keySupervised")}>{item.keySupervised ? "✓" : none}</Field>);
  if (form === "reply") {
    for (const r of approvedReplies(history)) {
      facts.push(
        <Field key={`reply-${r.round}`} label={`${t("reply")}（${t("round", { round: r.round })}）`}>
          {`${t("resultClass")}：${r.resultClass ?? none}\n${r.text ?? none}`}
        </Field>,
      );
    }
  }
  if (form === "evaluation") {
    for (const e of evaluations(history)) {
      facts.push(
        <Field key={`eval-${e.round}`} label={`${t("satisfaction")}（${t("round", { round: e.round })}）`}>
          {e.reason ? `${sat(e.satisfaction)}\n${t("reason")}：${e.reason}` : sat(e.satisfaction)}
        </Field>,
      );
    }
  }
  return (
    <article data-print-form={form}>
      {header}
      <table className="w-full border-collapse text-sm">
        <tbody>{facts}</tbody>
      </table>
      {records.length > 0 ? (
        <table className="mt-4 w-full border-collapse text-sm">
          <caption className="py-2 text-left font-semibold">{t("records")}</caption>
          <thead>
            <tr>
              <th scope="col" className={`${CELL} w-36 text-left`}>{t("when")}</th>
              <th scope="col" className={`${CELL} w-28 text-left`}>{t("action")}</th>
              <th scope="col" className={`${CELL} w-28 text-left`}>{t("who")}</th>
              <th scope="col" className={`${CELL} text-left`}>{t("note")}</th>
            </tr>
          </thead>
          <tbody>
            {records.map((h, i) => (
              <tr key={i} className="break-inside-avoid">
                <td className={CELL}>{when(h.at)}</td>
                <td className={CELL}>{isAction(h.action) || h.action === "submit" ? tAction(h.action as Parameters<typeof tAction>[0]) : h.action}</td>
                <td className={CELL}>{h.actorName ?? none}</td>
                <td className={`${CELL} whitespace-pre-wrap`}>{h.note ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <footer className="mt-10 flex justify-between text-sm">
        <span>{t("signature")}</span>
        <span>{t("seal")}</span>
      </footer>
    </article>
  );
}
