import { describe, expect, it } from "vitest";
import { heapArgs } from "./heap";

describe("the app server's heap flags", () => {
  it("limits the old space to 512 MiB by default and widens the young generation", () => {
    expect(heapArgs({})).toEqual(["--max-old-space-size=512", "--max-semi-space-size=32"]);
  });

  it("takes the operator's LVZHI_MAX_HEAP_MB", () => {
    expect(heapArgs({ LVZHI_MAX_HEAP_MB: "1024" })).toEqual(["--max-old-space-size=1024", "--max-semi-space-size=32"]);
  });

  it("leaves V8's defaults alone for a value that is not a whole number of at least 128", () => {
    for (const bad of ["64", "abc", "512.5", ""]) expect(heapArgs({ LVZHI_MAX_HEAP_MB: bad })).toEqual([]);
  });
});
