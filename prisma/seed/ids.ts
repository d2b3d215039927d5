import { createHash } from "node:crypto";

/**
 * Demo rows get name-based UUIDs (RFC 9562 version 5) derived from their natural key, so every run
 * of the seed computes the same ids and `createMany({ skipDuplicates: true })` makes a second run a
 * no-op — including for deputies, which have no natural unique key in the schema.
 */
const NAMESPACE = Buffer.from("6c767a68-6465-6d6f-8000-000000000001".replaceAll("-", ""), "hex");

export function demoId(kind: string, key: string): string {
  const bytes = createHash("sha1").update(NAMESPACE).update(`${kind}:${key}`, "utf8").digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
