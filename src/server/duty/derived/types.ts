import type { TDutyRecordType } from "@/domain/duty/record-types";
import type { TTx } from "../../db";

/**
 * A derived duty record: one fact the portal already knows (a suggestion sponsored, a training
 * attended, …). `sourceKey` names the fact uniquely (the DutyRecord.sourceKey unique index), so
 * recomputing writes each fact once however often it runs.
 */
export type TDerivedFact = {
  deputyId: string;
  type: TDutyRecordType;
  date: string;
  sourceKey: string;
  place: string;
  description: string;
};

export type TDerivedScope = { deputyIds: readonly string[]; year: number };

export type TDerivedSource = {
  /** also the sourceKey prefix: `<name>:…` */
  name: string;
  type: TDutyRecordType;
  /** false for a stub whose feature is not built yet */
  implemented: boolean;
  collect(tx: TTx, scope: TDerivedScope): Promise<TDerivedFact[]>;
};

export const yearRange = (year: number) => ({ gte: new Date(`${year}-01-01T00:00:00+08:00`), lt: new Date(`${year + 1}-01-01T00:00:00+08:00`) });
