/**
 * Password rules (security.md #1): 12–128 characters, never truncated; at least three of the four
 * character classes; not a common password; not containing the user's login or name.
 * Returns message keys (`password.<code>`), not text: the UI translates them.
 */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export type TPasswordProblem = "tooShort" | "tooLong" | "tooSimple" | "common" | "containsName";

/** A short list of passwords seen most often in Chinese and international leaks, lower-cased. */
const COMMON = new Set([
  "123456789012", "1234567890ab", "qwertyuiop12", "password1234", "password@123", "admin@123456",
  "p@ssw0rd1234", "1qaz2wsx3edc", "1q2w3e4r5t6y", "qwer1234asdf", "abc123456789", "a123456789012",
  "woaini520131", "iloveyou1234", "zxcvbnm12345", "passw0rd!234", "admin1234567", "welcome12345",
  "qazwsxedc123", "aa1234567890", "changeme1234", "letmein12345", "1qaz@wsx3edc", "abcd@1234567",
  "p@ssword1234", "password123!", "qwerty123456", "huawei@12345", "admin@1234567", "root@1234567",
]);

export function passwordProblems(password: string, names: readonly string[] = []): TPasswordProblem[] {
  const problems: TPasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN) problems.push("tooShort");
  if (length > PASSWORD_MAX) problems.push("tooLong");
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push("tooSimple");
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) problems.push("common");
  if (names.some((n) => n.trim().length >= 2 && lower.includes(n.trim().toLowerCase()))) {
    problems.push("containsName");
  }
  return problems;
}
