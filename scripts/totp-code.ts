/**
 * Prints the current code of the demo's TOTP secret (demo accounts admin, auditor, leader), or of
 * a secret given as the first argument: `npx tsx scripts/totp-code.ts [BASE32]`.
 */
import { Secret, TOTP } from "otpauth";
import { DEMO_TOTP_SECRET } from "../prisma/seed/accounts";

const secret = process.argv[2] ?? DEMO_TOTP_SECRET;
const totp = new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) });
const left = 30 - (Math.floor(Date.now() / 1000) % 30);
console.log(`${totp.generate()}  (valid for ${left} more seconds)`);
