/** A positive integer id from a path or query parameter, or undefined. */
export function positiveId(value: string | null | undefined): number | undefined {
  return value && /^\d+$/.test(value) && Number(value) > 0 && Number.isSafeInteger(Number(value))
    ? Number(value)
    : undefined;
}
