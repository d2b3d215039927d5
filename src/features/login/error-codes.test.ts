import { describe, expect, it } from "vitest";
import { loginErrorCode, loginErrorFromQuery } from "./error-codes";

describe("sign-in failure codes", () => {
  it("passes the provider's codes through", () => {
    for (const code of ["INVALID", "LOCKED", "THROTTLED", "INPUT", "UNAVAILABLE"] as const) {
      expect(loginErrorCode(code)).toBe(code);
    }
  });

  it("maps next-auth's generic failure to INVALID and anything else to UNAVAILABLE", () => {
    expect(loginErrorCode("CredentialsSignin")).toBe("INVALID");
    expect(loginErrorCode(undefined)).toBe("UNAVAILABLE");
    expect(loginErrorCode("<img src=x onerror=alert(1)>")).toBe("UNAVAILABLE");
  });

  it("shows nothing for an unknown ?error= value", () => {
    expect(loginErrorFromQuery(undefined)).toBeNull();
    expect(loginErrorFromQuery("SessionRequired")).toBeNull();
    expect(loginErrorFromQuery(["LOCKED", "INVALID"])).toBeNull();
    expect(loginErrorFromQuery("LOCKED")).toBe("LOCKED");
  });
});
