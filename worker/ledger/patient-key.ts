// The ledger keeps a patient's reference only as HMAC-SHA256 under the PATIENT_REF_KEY secret:
// the same reference always finds the same visits, and the stored value reveals nothing without
// the key. A deployment without the key refuses patient requests rather than guess one.
import { ProblemError } from "../errors/problem-error.ts";

export const patientRefKeyName = "PATIENT_REF_KEY";

/** The secret's bytes: at least 32 characters, used as given (a random base64 string is typical). */
export function requirePatientRefKey(secret: string | undefined): string {
  const key = secret?.trim() ?? "";
  if (key.length >= 32) return key;
  throw new ProblemError(
    "patient-ledger-not-configured",
    key === ""
      ? `Encounters with a patient are recorded in the patient's visit ledger, which needs the ${patientRefKeyName} secret, and this deployment has none. Set it with \`wrangler secret put ${patientRefKeyName}\` (at least 32 random characters), or send the encounter without \`patient\`.`
      : `${patientRefKeyName} is set but shorter than 32 characters; set a longer random secret with \`wrangler secret put ${patientRefKeyName}\`.`,
  );
}

const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    keys.set(secret, key);
  }
  return key;
}

/** base64url of HMAC-SHA256(secret, ref): what the ledger stores and looks visits up by. */
export async function patientKey(ref: string, secret: string): Promise<string> {
  const signature = new Uint8Array(await crypto.subtle.sign("HMAC", await hmacKey(secret), encoder.encode(ref)));
  let binary = "";
  for (const byte of signature) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
