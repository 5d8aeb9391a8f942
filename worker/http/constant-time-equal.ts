// Compares secrets (HMAC signatures, API key digests) without an early exit, so the time
// taken does not reveal how many leading bytes of a guess were right.

export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  // Callers compare fixed-size digests, so a length mismatch reveals nothing secret.
  if (a.byteLength !== b.byteLength) return false;
  let difference = 0;
  for (let index = 0; index < a.byteLength; index++) difference |= a[index]! ^ b[index]!;
  return difference === 0;
}
