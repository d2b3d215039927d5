import { shanghaiDayKey } from "@/domain/calendar";
import type { TDutyRecordType } from "@/domain/duty/record-types";
import type { TTx } from "../../db";

/**
 * A derived duty record: one fact the portal already knows (a suggestion sponsored, a training
 * attended, …). `sourceKey` names the fact uniquely (the DutyRecord.sourceKey unique index), so
 * recomputing writes each fact once however often it runs.
 */
export type TDerivedFact = {
  deputyId: string;
  /** the type its facts take (station events: per kind, see DUTY_TYPE_OF_STATION_EVENT) */
  type: TDutyRecordType;
  date: string;
  sourceKey: string;
  place: string;
  description: string;
};

/** `now` decides what has already happened (a reception day still ahead earns nothing yet). */
export type TDerivedScope = { deputyIds: readonly string[]; year: number; now?: Date };

export type TDerivedSource = {
  /** also the sourceKey prefix: `<name>:…` */
  name: string;
  /** the type its facts take (station events: per kind, see DUTY_TYPE_OF_STATION_EVENT) */
  type: TDutyRecordType;
  /** false for a stub whose feature is not built yet */
  implemented: boolean;
  collect(tx: TTx, scope: TDerivedScope): Promise<TDerivedFact[]>;
};

export const yearRange = (year: number) => ({ gte: new Date(`${year}-01-01T00:00:00+08:00`), lt: new Date(`${year + 1}-01-01T00:00:00+08:00`) });

/** A `@db.Date` column's calendar year (stored as UTC midnight), as training.ts filters it. */
export const dateYearRange = (year: number) => ({ gte: new Date(`${year}-01-01T00:00:00Z`), lt: new Date(`${year + 1}-01-01T00:00:00Z`) });

/** Today (Asia/Shanghai) as the Date a `@db.Date` column stores: "held on or before today". */
export const todayAsDbDate = (now: Date) => new Date(`${shanghaiDayKey(now)}T00:00:00Z`);
