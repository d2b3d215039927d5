import { describe, expect, it } from "vitest";
import { nextPasswordHistory, passwordExpired, PASSWORD_HISTORY_SIZE } from "./password-rotation";

describe("password rotation", () => {
  it("keeps the outgoing hash and three before it: with the current one, the last five", () => {
    let history: string[] = [];
    for (const h of ["h1", "h2", "h3", "h4", "h5", "h6"]) history = nextPasswordHistory(h, history);
    expect(history).toEqual(["h6", "h5", "h4", "h3"]);
    expect(history.length + 1).toBe(PASSWORD_HISTORY_SIZE);
  });

  it("expires a password at its maximum age, never when the age is 0", () => {
    const changed = new Date("2026-01-01T00:00:00Z");
    expect(passwordExpired(changed, new Date("2026-06-29T23:59:59Z"), 180)).toBe(false);
    expect(passwordExpired(changed, new Date("2026-06-30T00:00:00Z"), 180)).toBe(true);
    expect(passwordExpired(changed, new Date("2036-01-01T00:00:00Z"), 0)).toBe(false);
  });
});
