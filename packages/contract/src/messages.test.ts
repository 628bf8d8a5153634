import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type * as z from 'zod/mini';
import { invalidJsonError, toFieldErrors } from './field-errors.ts';
import { LOCALES } from './locale.ts';
import { ruleMessage } from './messages.ts';
import type { AnswerIssue } from './survey-answers.ts';

const SOURCE = new URL('./', import.meta.url);
const sources = readdirSync(SOURCE, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('test-support'))
  .map((file) => readFileSync(new URL(file, SOURCE), 'utf8'));

/** One zod issue of every kind and variant `toFieldErrors` tells apart, so their codes are all produced. */
const issueVariants = [
  { code: 'invalid_type', expected: 'string', input: undefined },
  { code: 'invalid_type', expected: 'string', input: 1 },
  ...['string', 'array', 'number'].flatMap((origin) => [
    { code: 'too_small', origin, minimum: 1, input: '' },
    { code: 'too_small', origin, minimum: 2, input: '' },
    { code: 'too_big', origin, maximum: 2, input: '' },
  ]),
  ...['email', 'url', 'datetime', 'date', 'regex', 'uuid'].map((format) => ({
    code: 'invalid_format',
    format,
  })),
  { code: 'invalid_value', values: [true], input: false },
  { code: 'invalid_value', values: ['a', 'b'], input: undefined },
  { code: 'invalid_value', values: ['a', 'b'], input: 'c' },
  { code: 'invalid_union', errors: [], discriminator: 'mode', options: ['a'], input: {} },
  { code: 'invalid_union', errors: [], discriminator: 'mode', options: ['a'], input: { mode: 'c' } },
  { code: 'invalid_union', errors: [], input: 'c' },
  { code: 'unrecognized_keys', keys: ['extra'] },
  { code: 'not_multiple_of', divisor: 2 },
  { code: 'invalid_key', origin: 'record', issues: [] },
  { code: 'invalid_element', origin: 'map', key: 'k', issues: [] },
].map((issue) => ({ path: [], message: '', ...issue })) as unknown as z.core.$ZodIssue[];
const issueCodes = toFieldErrors(issueVariants, 'en').map((error) => error.code);
/** The codes of refinements: `refine(…, { message: 'code' })` anywhere in the contract. */
const refinementCodes = sources.flatMap((text) =>
  [...text.matchAll(/message: '([a-z_]+)'/g)].map((match) => match[1] as string),
);
const answerCodes = Object.keys({
  required: true,
  unknown_question: true,
  duplicate_answer: true,
  invalid_answer: true,
  too_big: true,
  too_many_choices: true,
} satisfies Record<AnswerIssue['code'], true>);

/** Codes about a request as a whole, which servers report through the contract's builders. */
const requestCodes = [invalidJsonError('en').code];

const allCodes = [...new Set([...issueCodes, ...refinementCodes, ...answerCodes, ...requestCodes])].sort();
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const params = { minimum: 2, maximum: 200, values: ['monthly', 'quarterly'] };

describe('rule messages', () => {
  test('the codes come from every source of errors: issues, refinements, survey answers and requests', () => {
    for (const code of [
      'unknown_field',
      'must_accept',
      'too_short',
      'invalid_url',
      'single_line',
      'time_zone',
    ]) {
      assert.ok(allCodes.includes(code), code);
    }
    for (const code of [
      'personal_email_differs',
      'end_before_start',
      'too_many_fields',
      'too_many_choices',
      'invalid_json',
    ]) {
      assert.ok(allCodes.includes(code), code);
    }
  });

  test('every code the contract can produce has its own message in English and in Japanese', () => {
    for (const locale of LOCALES) {
      const fallback = ruleMessage('no_such_code', locale);
      for (const code of allCodes) {
        const message = ruleMessage(code, locale, params);
        if (code !== 'invalid_format') assert.notEqual(message, fallback, `${locale}: ${code} falls back`);
        assert.equal(JAPANESE.test(message), locale === 'ja', `${locale}: ${code}: ${message}`);
        for (const text of [message, ruleMessage(code, locale)]) {
          assert.doesNotMatch(text, /undefined|NaN|\[object/, `${locale}: ${code}: ${text}`);
        }
      }
    }
  });

  test('messages quote the limit or the allowed values', () => {
    assert.equal(ruleMessage('too_long', 'en', params), 'Enter at most 200 characters.');
    assert.equal(ruleMessage('too_long', 'ja', params), '200 文字以内で入力してください。');
    assert.equal(ruleMessage('invalid_value', 'en', params), 'Choose one of: monthly, quarterly.');
    assert.equal(
      ruleMessage('invalid_value', 'ja', params),
      '次のいずれかを選んでください: monthly、quarterly。',
    );
  });

  test('an unknown code falls back to a generic message rather than failing', () => {
    assert.equal(ruleMessage('no_such_code', 'en'), ruleMessage('invalid_format', 'en'));
  });
});
