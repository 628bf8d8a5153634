import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as z from 'zod/mini';
import { examples } from './examples.ts';
import { fieldError, invalidJsonError, issueFieldError, toDottedPath, toPointer } from './field-errors.ts';
import { ReferralRequest } from './schemas/referral.ts';
import { assertInvalid } from './test-support/validation.ts';
import { validate } from './validate.ts';

describe('locations', () => {
  test('JSON pointers escape ~ and / (RFC 6901); dotted paths join keys', () => {
    assert.equal(toPointer(['hiddenFields', 'a/b', 'c~d', 0]), '/hiddenFields/a~1b/c~0d/0');
    assert.equal(toDottedPath(['answers', 0, 'text']), 'answers.0.text');
    assert.equal(toPointer([]), '');
    assert.equal(toDottedPath([]), '');
  });
});

describe('field errors from validation', () => {
  const referral = examples.createReferral.body;

  test('name the field by pointer and dotted path, the rule, and say it in English or Japanese', () => {
    const input = { ...referral, candidate: { ...referral.candidate, email: 'hanako@' } };
    const english = validate(ReferralRequest, input, 'en');
    const japanese = validate(ReferralRequest, input, 'ja');
    assert.ok(!english.ok && !japanese.ok);
    assert.deepEqual(english.errors, [
      {
        pointer: '/candidate/email',
        path: 'candidate.email',
        code: 'invalid_email',
        message: 'Enter an e-mail address like name@example.com.',
      },
    ]);
    assert.deepEqual(japanese.errors, [
      {
        pointer: '/candidate/email',
        path: 'candidate.email',
        code: 'invalid_email',
        message: 'name@example.com の形式でメールアドレスを入力してください。',
      },
    ]);
  });

  test('never echo the rejected value', () => {
    const secret = 'hunter2-very-secret-value';
    const result = validate(ReferralRequest, { ...referral, note: `${secret}\u0000`, leaked: secret });
    assert.ok(!result.ok);
    assert.equal(JSON.stringify(result.errors).includes(secret), false);
  });

  test('report one unknown_field per unknown key', () => {
    assertInvalid(ReferralRequest, { ...referral, a: 1, b: 2 }, ['/a unknown_field', '/b unknown_field']);
  });

  test('tell a missing value from a wrong type', () => {
    const schema = z.strictObject({ count: z.int(), kind: z.enum(['a', 'b']) });
    assertInvalid(schema, {}, ['/count required', '/kind required']);
    assertInvalid(schema, { count: '3', kind: 'c' }, ['/count invalid_type', '/kind invalid_value']);
  });

  test('quote the limit of a length or size rule, by kind of value', () => {
    const schema = z.strictObject({
      name: z.string().check(z.minLength(2), z.maxLength(4)),
      tags: z.array(z.string()).check(z.minLength(1), z.maxLength(2)),
      score: z.int().check(z.minimum(1), z.maximum(5)),
    });
    const short = assertInvalid(schema, { name: 'a', tags: [], score: 0 }, [
      '/name too_short',
      '/tags too_few',
      '/score too_small',
    ]);
    assert.deepEqual(
      short.map((error) => error.message),
      ['Enter at least 2 characters.', 'Choose at least 1.', 'Enter at least 1.'],
    );
    const long = assertInvalid(schema, { name: 'abcde', tags: ['a', 'b', 'c'], score: 6 }, [
      '/name too_long',
      '/tags too_many',
      '/score too_big',
    ]);
    assert.deepEqual(
      long.map((error) => error.message),
      ['Enter at most 4 characters.', 'Choose at most 2.', 'Enter at most 5.'],
    );
  });

  test('fieldError builds an error at any path, in either language', () => {
    assert.deepEqual(fieldError(['answers', 2, 'choices'], 'too_many_choices', 'ja'), {
      pointer: '/answers/2/choices',
      path: 'answers.2.choices',
      code: 'too_many_choices',
      message: '選択数が多すぎます。',
    });
  });
});

describe('field errors of rules beside the schemas', () => {
  test('an issue becomes a field error at its pointer, quoting its limit', () => {
    const issue = { pointer: '/answers/2/text', code: 'too_big', params: { maximum: 1_000 } };
    assert.deepEqual(issueFieldError(issue, 'en'), {
      pointer: '/answers/2/text',
      path: 'answers.2.text',
      code: 'too_big',
      message: 'Enter at most 1000.',
    });
  });

  test('keeps escaped pointer segments as they were', () => {
    const error = issueFieldError({ pointer: '/hiddenFields/a~1b/c~0d', code: 'required' }, 'en');
    assert.deepEqual([error.pointer, error.path], ['/hiddenFields/a~1b/c~0d', 'hiddenFields.a/b.c~d']);
  });

  test('a body that is not JSON is named as a whole, in either language', () => {
    assert.deepEqual(invalidJsonError('en'), {
      pointer: '',
      path: '',
      code: 'invalid_json',
      message: 'The request body is not valid JSON.',
    });
    assert.equal(invalidJsonError('ja').message, '本文が正しい JSON ではありません。');
  });
});
