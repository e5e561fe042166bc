/**
 * A new Idempotency-Key: a random UUID. The same key is sent again when a request is retried,
 * so the server answers with the first result instead of acting twice.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  // older browsers: a version 4 UUID from getRandomValues
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * One key per user intent: the key is kept until the action succeeds, so every retry of a
 * failed attempt reuses it; after a success the next intent gets a fresh key.
 */
export class IdempotentAction {
  private key: string | undefined;

  current(): string {
    this.key ??= newIdempotencyKey();
    return this.key;
  }

  succeeded(): void {
    this.key = undefined;
  }
}
