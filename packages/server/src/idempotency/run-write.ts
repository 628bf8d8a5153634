import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/database.ts';
import { idempotencyRecords } from '../db/schema/index.ts';
import { isDatabaseError } from '../db/database-error.ts';
import { ApiProblem } from '../http/api-problem.ts';
import { PROBLEM_CONTENT_TYPE, problemBody } from '../http/problem-body.ts';

/** A JSON answer as an idempotency record keeps it. */
export interface StoredAnswer {
  status: number;
  contentType: string;
  body: string;
}

export interface WriteRequest {
  tenantId: string;
  /** The `Idempotency-Key`, when the caller sent one. */
  key: string | undefined;
  /** Identifies the request: a key sent again with another request is refused. */
  fingerprint: string;
  now: Date;
  requestId: string;
  /** How long a request waits for another one holding the same key. */
  waitMs: number;
}

/**
 * Runs a write in one transaction. With an `Idempotency-Key`, the transaction also stores the
 * answer under the key: the first request with a key claims it (a concurrent one waits on the
 * uncommitted row, then replays the answer; after `waitMs` it gets 409), a later one with the same
 * request gets the stored answer, one with another request 422. Problems the operation answers
 * (409 already a member…) are stored too, its other failures roll everything back.
 */
export async function runWrite(
  db: Database,
  request: WriteRequest,
  execute: (tx: Database) => Promise<StoredAnswer>,
): Promise<StoredAnswer & { replayed: boolean }> {
  const { key } = request;
  if (key === undefined) return { ...(await db.transaction(execute)), replayed: false };

  return db.transaction(async (tx) => {
    const stored = await claimKey(tx, { ...request, key });
    if (stored) {
      if (stored.fingerprint !== request.fingerprint) throw new ApiProblem('idempotency_key_reused');
      const { status, contentType, body } = stored;
      return { status, contentType, body, replayed: true };
    }
    const answer = await tx.transaction(execute).catch((error: unknown) => {
      if (!(error instanceof ApiProblem)) throw error;
      return {
        status: error.status,
        contentType: PROBLEM_CONTENT_TYPE,
        body: problemBody(error, request.requestId),
      };
    });
    await tx
      .update(idempotencyRecords)
      .set(answer)
      .where(and(eq(idempotencyRecords.tenantId, request.tenantId), eq(idempotencyRecords.key, key)));
    return { ...answer, replayed: false };
  });
}

/** Inserts the key's record, or returns the committed record of an earlier request. */
async function claimKey(tx: Database, request: WriteRequest & { key: string }) {
  const { tenantId, key, fingerprint, now, waitMs } = request;
  try {
    await tx.execute(sql.raw(`set local lock_timeout = ${Math.max(1, Math.round(waitMs))}`));
    const claimed = await tx
      .insert(idempotencyRecords)
      .values({ tenantId, key, fingerprint, status: 0, contentType: '', body: '', createdAt: now })
      .onConflictDoNothing()
      .returning({ key: idempotencyRecords.key });
    await tx.execute(sql.raw('set local lock_timeout = 0'));
    if (claimed.length > 0) return undefined;
  } catch (error) {
    if (isDatabaseError(error, '55P03')) throw new ApiProblem('idempotency_key_in_use');
    throw error;
  }
  const [stored] = await tx
    .select()
    .from(idempotencyRecords)
    .where(and(eq(idempotencyRecords.tenantId, tenantId), eq(idempotencyRecords.key, key)));
  // Gone between the two statements: pruned after its retention time, so in use again.
  if (!stored) throw new ApiProblem('idempotency_key_in_use');
  return stored;
}
