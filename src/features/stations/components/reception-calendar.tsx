import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { byDay, monthGrid, monthKey, shiftMonth, type TMonth } from "@/domain/stations/month-grid";
import { linkClass } from "@/features/directory/components/fields";

export type TCalendarEntry = { id: string; date: string; startTime: string; endTime: string; deputies: { name: string }[]; note: string | null };

/**
 * The month view of a station's reception days (接待日): a seven-column table, Monday first, each
 * day listing its slots and the deputies on duty. Server-rendered; the month moves by links.
 */
export async function ReceptionCalendar({ month, entries, basePath, today }: { month: TMonth; entries: TCalendarEntry[]; basePath: string; today: string }) {
  const t = await getTranslations("stations");
  const weeks = monthGrid(month);
  const days = byDay(entries);
  const weekdays = t("calendar.weekdays").split(",");
  const href = (m: TMonth) => `${basePath}?month=${monthKey(m)}`;
  return (
    <div>
      <div className="mb-2 flex items-center justify-between gap-2">
        <Link href={href(shiftMonth(month, -1))} className={linkClass} rel="nofollow">
          {t("calendar.previous")}
        </Link>
        <p className="font-semibold text-gray-900" data-testid="calendar-month">
          {t("calendar.month", { year: month.year, month: month.month })}
        </p>
        <Link href={href(shiftMonth(month, 1))} className={linkClass} rel="nofollow">
          {t("calendar.next")}
        </Link>
      </div>
      <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white" tabIndex={0} role="region" aria-label={t("calendar.caption")}>
        <table className="w-full table-fixed border-collapse text-xs sm:text-sm" data-testid="reception-calendar">
          <caption className="sr-only">{t("calendar.caption")}</caption>
          <thead className="bg-gray-50">
            <tr>
              {weekdays.map((d) => (
                <th key={d} scope="col" className="px-1 py-2 text-center font-semibold text-gray-800">
                  {d}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, i) => (
              <tr key={i} className="align-top">
                {week.map((key, j) => {
                  const list = key ? (days.get(key) ?? []) : [];
                  return (
                    <td key={key ?? `pad-${i}-${j}`} className={`h-20 border border-gray-100 p-1 ${key === today ? "bg-brand-50" : ""}`} data-day={key ?? undefined}>
                      {key ? <span className="block text-gray-600">{Number(key.slice(8))}</span> : null}
                      {list.map((e) => (
                        <div key={e.id} className="mt-1 rounded bg-green-50 px-1 text-green-900" data-testid="reception-entry">
                          <span className="font-medium">
                            {e.startTime}–{e.endTime}
                          </span>
                          <span className="block">{e.deputies.map((d) => d.name).join("、")}</span>
                        </div>
                      ))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
