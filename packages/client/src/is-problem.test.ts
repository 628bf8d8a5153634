import { createProblem, fieldError, Problem } from '@alumni-kit/contract';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isProblem } from './is-problem.ts';

const valid = createProblem({
  code: 'validation_failed',
  detail: 'One field is not accepted.',
  requestId: 'req_1',
  errors: [fieldError(['email'], 'invalid_email', 'en')],
});

const samples: Record<string, unknown> = {
  'a problem with field errors': valid,
  'a problem with extra members (problem details may be extended)': { ...valid, retryAfter: 3 },
  'a problem without errors list': { ...valid, errors: undefined },
  'a status that is a string': { ...valid, status: '422' },
  'a status that is not an integer': { ...valid, status: 422.5 },
  'no code': { ...valid, code: undefined },
  'a detail that is a number': { ...valid, detail: 3 },
  'a field error without a message': { ...valid, errors: [{ pointer: '/email', path: 'email', code: 'x' }] },
  'a field error that is a string': { ...valid, errors: ['email'] },
  'an array': [valid],
  'a string': 'Bad Gateway',
  null: null,
};

describe('isProblem', () => {
  for (const [name, sample] of Object.entries(samples)) {
    it(`agrees with the contract's Problem schema on ${name}`, () => {
      assert.equal(isProblem(sample), Problem.safeParse(sample).success);
    });
  }

  it('accepts the problems the contract builds', () => {
    assert.equal(isProblem(valid), true);
  });
});
