export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  message: string;
  [field: string]: unknown;
}

/** Receives structured log entries; they never carry personal data (no bodies, paths, IPs or e-mails). */
export type Logger = (entry: LogEntry) => void;

/** One JSON object per line on stdout. */
export const jsonLogger: Logger = (entry) => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
};

/**
 * What can be logged of an error: its name, database error code and stack frames. Not its
 * message: a failed query's message quotes the values it was given, which may be personal data.
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { name: typeof error };
  const cause = error.cause as { code?: unknown } | undefined;
  const code = (error as { code?: unknown }).code ?? cause?.code;
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '));
  return { name: error.name, ...(typeof code === 'string' && { code }), stack: frames.join('\n') };
}
