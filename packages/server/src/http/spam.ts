interface AntiSpam {
  honeypot?: string | undefined;
  fillTimeMs?: number | undefined;
}

/**
 * Whether a public write looks sent by a bot: the hidden honeypot field is filled, or the form
 * was sent sooner after it appeared than a person can fill it. Callers without the fields
 * (servers) are not judged.
 */
export function isSpam(body: unknown, minFillTimeMs: number): boolean {
  const antiSpam = (body as { antiSpam?: AntiSpam } | undefined)?.antiSpam;
  if (!antiSpam) return false;
  const { honeypot, fillTimeMs } = antiSpam;
  return Boolean(honeypot) || (fillTimeMs !== undefined && fillTimeMs < minFillTimeMs);
}
