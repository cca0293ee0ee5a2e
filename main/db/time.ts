// Time is stored as UTC ISO-8601 text and shown in local time by the renderer (STYLE.md 12).
export function isoNow(now: () => Date): string {
  return now().toISOString();
}
