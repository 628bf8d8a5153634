/**
 * A filled honeypot marks a bot. Like the server, the backend then answers as if the write
 * succeeded and stores nothing, so the bot learns nothing. (The server also enforces a minimum
 * fill time; an in-process backend does not, so that stories and tests can submit at once.)
 */
export const isSpam = (body: { antiSpam?: { honeypot?: string } | undefined }): boolean =>
  Boolean(body.antiSpam?.honeypot);
