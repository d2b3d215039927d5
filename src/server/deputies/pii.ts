import "server-only";
import { normalizeIdCard } from "@/domain/pii/id-card";
import { maskAddress, maskIdCard, maskPhone } from "@/domain/pii/mask";
import { blindIndex, blindIndexCandidates, decryptPii, encryptPii } from "../crypto/pii-cipher";

/**
 * A deputy's personal data at rest (security.md #11). Each value is encrypted with its column as the
 * MAC context (a value copied into another column fails), and the numbers carry a blind index for
 * exact search and duplicate detection. Pages get masks; the clear value leaves only through
 * revealDeputyPii, which audits.
 */
export const PII_FIELDS = ["idCard", "phone", "address"] as const;
export type TPiiField = (typeof PII_FIELDS)[number];

const CONTEXT: Record<TPiiField, string> = { idCard: "Deputy.idCard", phone: "Deputy.phone", address: "Deputy.address" };

export type TPiiColumns = {
  idCardCipher?: string | null;
  idCardIndex?: string | null;
  phoneCipher?: string | null;
  phoneIndex?: string | null;
  addressCipher?: string | null;
};

/** Normalised values in, columns out. `undefined` leaves a column alone; `null` clears it. */
export function piiColumns(values: { idCard?: string | null; phone?: string | null; address?: string | null }): TPiiColumns {
  const out: TPiiColumns = {};
  if (values.idCard !== undefined) {
    out.idCardCipher = values.idCard === null ? null : encryptPii(values.idCard, CONTEXT.idCard);
    out.idCardIndex = values.idCard === null ? null : blindIndex("idCard", values.idCard);
  }
  if (values.phone !== undefined) {
    out.phoneCipher = values.phone === null ? null : encryptPii(values.phone, CONTEXT.phone);
    out.phoneIndex = values.phone === null ? null : blindIndex("phone", values.phone);
  }
  if (values.address !== undefined) out.addressCipher = values.address === null ? null : encryptPii(values.address, CONTEXT.address);
  return out;
}

export function decryptField(field: TPiiField, stored: string): string {
  return decryptPii(stored, CONTEXT[field]);
}

export function idCardIndexes(normalized: string): string[] {
  return blindIndexCandidates("idCard", normalizeIdCard(normalized));
}
export function phoneIndexes(normalized: string): string[] {
  return blindIndexCandidates("phone", normalized);
}
export const currentIdCardIndex = (normalized: string): string => blindIndex("idCard", normalized);
export const currentPhoneIndex = (normalized: string): string => blindIndex("phone", normalized);

export type TMaskedPii = { idCard: string; phone: string; address: string };

/** Masks from ciphertext: decrypted in memory, masked, and only the mask returned. A broken value shows "****". */
export function maskedPii(row: { idCardCipher: string | null; phoneCipher: string | null; addressCipher: string | null }): TMaskedPii {
  const safe = (field: TPiiField, stored: string | null, mask: (v: string) => string) => {
    if (!stored) return "";
    try {
      return mask(decryptField(field, stored));
    } catch {
      return "****";
    }
  };
  return {
    idCard: safe("idCard", row.idCardCipher, maskIdCard),
    phone: safe("phone", row.phoneCipher, maskPhone),
    address: safe("address", row.addressCipher, maskAddress),
  };
}
