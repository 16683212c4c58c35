/**
 * The one way the extension reports a failure it cannot show where it
 * happened: on the console of the context that failed (the extension sends
 * nothing anywhere). Callers name what failed in the user's terms.
 */
export function logError(what: string, error: unknown): void {
  console.error(`Kaspi Guide Helper: ${what}:`, error);
}
