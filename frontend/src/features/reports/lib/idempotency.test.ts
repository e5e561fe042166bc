import { describe, expect, it } from 'vitest';
import { IdempotentAction, newIdempotencyKey } from './idempotency';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('idempotency keys', () => {
  it('are random version 4 UUIDs', () => {
    const a = newIdempotencyKey();
    const b = newIdempotencyKey();
    expect(a).toMatch(UUID);
    expect(b).toMatch(UUID);
    expect(a).not.toBe(b);
  });

  it('stay the same for every retry of one action, and change after it succeeded', () => {
    const action = new IdempotentAction();
    const first = action.current();
    expect(action.current()).toBe(first);
    expect(action.current()).toBe(first);
    action.succeeded();
    const second = action.current();
    expect(second).toMatch(UUID);
    expect(second).not.toBe(first);
  });
});
