/**
 * How study output is counted (字数), the way Chinese word processors count it:
 * - every Han character (汉字, Unicode script Han) counts 1;
 * - every run of other letters or digits (an English word, a number such as 2026) counts 1;
 * - whitespace and punctuation (，。、“” ,.!?) count nothing.
 * So "学习宪法 2026 年 law" counts 4 + 1 + 1 + 1 = 7.
 */
const TOKEN = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])+/gu;

export function countCharacters(text: string): number {
  return text.match(TOKEN)?.length ?? 0;
}

/** Longest reflection accepted, in characters of the string (a long report is about 10,000 字). */
export const MAX_REFLECTION_LENGTH = 20_000;
