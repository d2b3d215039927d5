import { describe, expect, it } from "vitest";
import { GroupActivityKind, StationEventKind } from "@/generated/prisma/enums";
import { eventNeedsUnits, GROUP_ACTIVITY_KINDS, isClockTime, isSlot, STATION_EVENT_KINDS, XIAO_SHEN_WEI } from "./kinds";
import { judgeReport, REPORT_MAX_BYTES, reportFileName } from "./report-file";

describe("station and group vocabularies", () => {
  it("match the schema's enums in order", () => {
    expect(STATION_EVENT_KINDS).toEqual(Object.values(StationEventKind));
    expect(GROUP_ACTIVITY_KINDS).toEqual(Object.values(GroupActivityKind));
  });
  it("make 小深微 the lecture, the in-depth visit and the micro consultation, and only 面对面 require units", () => {
    expect(XIAO_SHEN_WEI).toEqual(["LECTURE", "DEEP_VISIT", "MICRO_CONSULTATION"]);
    expect(STATION_EVENT_KINDS.filter(eventNeedsUnits)).toEqual(["FACE_TO_FACE"]);
  });
});

describe("reception slots", () => {
  it("accept 24-hour HH:MM with the end after the start", () => {
    expect(isSlot("09:00", "11:30")).toBe(true);
    expect(isSlot("11:30", "09:00")).toBe(false);
    expect(isSlot("09:00", "09:00")).toBe(false);
    for (const bad of ["9:00", "24:00", "12:60", "09:00:00", ""]) expect(isClockTime(bad)).toBe(false);
  });
});

describe("research report uploads", () => {
  const pdf = { ext: "pdf", mime: "application/pdf" };
  const docx = { ext: "docx", mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" };
  it("accept PDF and DOCX recognised by their bytes up to 10 MB", () => {
    expect(judgeReport(1000, pdf)).toEqual({ ok: true, ...pdf });
    expect(judgeReport(REPORT_MAX_BYTES, docx)).toMatchObject({ ok: true, ext: "docx" });
  });
  it("refuse empty, oversized, unrecognised and other types (an exe, a zip, an html page)", () => {
    expect(judgeReport(0, pdf)).toEqual({ ok: false, error: "empty" });
    expect(judgeReport(REPORT_MAX_BYTES + 1, pdf)).toEqual({ ok: false, error: "tooLarge" });
    expect(judgeReport(10, undefined)).toEqual({ ok: false, error: "badType" });
    expect(judgeReport(10, { ext: "exe", mime: "application/x-msdownload" })).toEqual({ ok: false, error: "badType" });
    expect(judgeReport(10, { ext: "zip", mime: "application/zip" })).toEqual({ ok: false, error: "badType" });
  });
  it("build a download name without path characters", () => {
    expect(reportFileName("../农业调研/报告", "pdf")).toBe(".._农业调研_报告.pdf");
    expect(reportFileName("   ", "docx")).toBe("report.docx");
  });
});
