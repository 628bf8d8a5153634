import type { ErrorHandler } from 'hono';
import { ApiProblem } from './api-problem.ts';
import type { AppEnv } from './env.ts';
import { describeError, type Logger } from './logger.ts';
import { sendProblem } from './send-problem.ts';

/** Answers every failure as problem details; unexpected ones as 500, logged without their message. */
export const onError =
  (log: Logger): ErrorHandler<AppEnv> =>
  (error, c) => {
    if (error instanceof ApiProblem) return sendProblem(c, error);
    log({
      level: 'error',
      message: 'unexpected error',
      requestId: c.get('requestId'),
      error: describeError(error),
    });
    return sendProblem(c, new ApiProblem('internal_error'));
  };
