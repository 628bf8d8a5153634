import type { Context } from 'hono';
import type { ApiProblem } from './api-problem.ts';
import type { AppEnv } from './env.ts';
import { PROBLEM_CONTENT_TYPE, problemBody } from './problem-body.ts';

/** Answers with problem details, keeping the headers earlier middlewares set (CORS, rate limits). */
export function sendProblem(c: Context<AppEnv>, problem: ApiProblem): Response {
  for (const [name, value] of Object.entries(problem.headers)) c.header(name, value);
  c.header('Content-Type', PROBLEM_CONTENT_TYPE);
  return c.body(problemBody(problem, c.get('requestId')), problem.status as 400);
}
