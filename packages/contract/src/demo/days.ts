/** The instant `days` days after `now` (before it when negative), in ISO 8601. */
export const daysAfter = (now: Date, days: number): string =>
  new Date(now.getTime() + days * 86_400_000).toISOString();
