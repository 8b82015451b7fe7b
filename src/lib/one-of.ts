/**
 * Whether a value read at run time (a file, a history entry, a refusal) is one of a closed list.
 * The one guard behind every `isXxx(code)` check, so a narrowed value can pick its message key by type.
 */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
