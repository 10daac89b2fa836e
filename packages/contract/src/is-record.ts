/** A JSON object: the first thing every runtime guard asks of an unknown body. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
