import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fieldError } from './field-errors.ts';
import { createProblem, PROBLEM_STATUS, problemType } from './problem.ts';
import { PROBLEM_CODES, Problem } from './schemas/problem.ts';
import { assertValid } from './test-support/validation.ts';

describe('createProblem', () => {
  test('builds RFC 9457 problem details with the code, a type URI and a title', () => {
    const errors = [fieldError(['email'], 'invalid_email', 'ja')];
    const problem = createProblem({ code: 'validation_failed', errors, requestId: 'req_1' });
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

  test("takes the code's status unless told another one", () => {
    assert.equal(createProblem({ code: 'event_full' }).status, 409);
    assert.equal(createProblem({ code: 'survey_closed' }).status, 409);
    assert.equal(createProblem({ code: 'policy_not_acknowledged' }).status, 422);
    assert.equal(createProblem({ code: 'not_found', status: 410 }).status, 410);
  });

  test('defaults to no field errors and keeps detail and instance', () => {
    const problem = createProblem({
      code: 'not_found',
      detail: 'No event evt_1',
      instance: '/v1/events/evt_1',
    });
    assert.deepEqual(problem.errors, []);
    assert.equal(problem.detail, 'No event evt_1');
    assert.equal(problem.instance, '/v1/events/evt_1');
  });

  test('every code has its own type URI, a title and an error status', () => {
    const titles = new Set<string>();
    for (const code of PROBLEM_CODES) {
      const problem = createProblem({ code });
      assert.equal(problem.type, problemType(code));
      assert.ok(problem.status >= 400 && problem.status < 600, code);
      assert.equal(problem.status, PROBLEM_STATUS[code]);
      assert.ok(problem.title.length > 0, code);
      titles.add(problem.title);
    }
    assert.equal(titles.size, PROBLEM_CODES.length);
  });

  test('the Problem schema keeps extension members and requires errors', () => {
    const parsed = assertValid(Problem, {
      ...createProblem({ code: 'rate_limited' }),
      retryAfter: 30,
    });
    assert.equal(parsed['retryAfter'], 30);
    assert.equal(Problem.safeParse({ type: 'x', title: 'x', status: 400, code: 'x' }).success, false);
  });
});
