import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fieldError } from './field-errors.ts';
import { createProblem, problemType } from './problem.ts';
import { PROBLEM_CODES, Problem } from './schemas/problem.ts';
import { assertValid } from './test-support/validation.ts';

describe('createProblem', () => {
  test('builds RFC 9457 problem details with the code, a type URI and a title', () => {
    const errors = [fieldError(['email'], 'invalid_email', 'ja')];
    const problem = createProblem({ status: 400, code: 'validation_failed', errors, requestId: 'req_1' });
    assert.deepEqual(problem, {
      type: 'urn:alumni-kit:problem:validation_failed',
      title: 'The request has invalid fields',
      status: 400,
      code: 'validation_failed',
      errors,
      requestId: 'req_1',
    });
    assertValid(Problem, problem);
  });

  test('defaults to no field errors and keeps detail and instance', () => {
    const problem = createProblem({
      status: 404,
      code: 'not_found',
      detail: 'No event evt_1',
      instance: '/v1/events/evt_1',
    });
    assert.deepEqual(problem.errors, []);
    assert.equal(problem.detail, 'No event evt_1');
    assert.equal(problem.instance, '/v1/events/evt_1');
  });

  test('every code has its own type URI and a title', () => {
    const titles = new Set<string>();
    for (const code of PROBLEM_CODES) {
      const problem = createProblem({ status: 500, code });
      assert.equal(problem.type, problemType(code));
      assert.ok(problem.title.length > 0, code);
      titles.add(problem.title);
    }
    assert.equal(titles.size, PROBLEM_CODES.length);
  });

  test('the Problem schema keeps extension members and requires errors', () => {
    const parsed = assertValid(Problem, {
      ...createProblem({ status: 429, code: 'rate_limited' }),
      retryAfter: 30,
    });
    assert.equal(parsed['retryAfter'], 30);
    assert.equal(Problem.safeParse({ type: 'x', title: 'x', status: 400, code: 'x' }).success, false);
  });
});
