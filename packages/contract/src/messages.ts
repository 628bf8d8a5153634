import type { Locale } from './locale.ts';

/** Parameters a rule's message may quote. */
export interface RuleParams {
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: readonly unknown[];
}

type Catalog = Record<string, (params: RuleParams) => string>;

/** Quotes a limit when the caller knows it (survey answer checks, for one, do not pass it). */
const bound = (
  limit: number | bigint | undefined,
  quote: (limit: number | bigint) => string,
  otherwise: string,
) => (limit === undefined ? otherwise : quote(limit));

const en: Catalog = {
  required: () => 'This field is required.',
  must_accept: () => 'Please tick this box to continue.',
  invalid_type: () => 'This value has the wrong type.',
  too_small: ({ minimum }) => bound(minimum, (n) => `Enter at least ${n}.`, 'This value is too small.'),
  too_short: ({ minimum }) =>
    bound(minimum, (n) => `Enter at least ${n} characters.`, 'This text is too short.'),
  too_long: ({ maximum }) =>
    bound(maximum, (n) => `Enter at most ${n} characters.`, 'This text is too long.'),
  too_big: ({ maximum }) => bound(maximum, (n) => `Enter at most ${n}.`, 'This value is too large.'),
  too_many: ({ maximum }) => bound(maximum, (n) => `Choose at most ${n}.`, 'Too many are selected.'),
  too_few: ({ minimum }) => bound(minimum, (n) => `Choose at least ${n}.`, 'Too few are selected.'),
  invalid_email: () => 'Enter an e-mail address like name@example.com.',
  invalid_url: () => 'Enter a web address starting with https://.',
  invalid_datetime: () => 'Enter a date and time like 2026-12-01T18:00:00+09:00.',
  invalid_date: () => 'Enter a date like 2026-12-01.',
  invalid_format: () => 'This value is not in the expected format.',
  invalid_value: ({ values }) =>
    values?.length ? `Choose one of: ${values.join(', ')}.` : 'Choose one of the options.',
  unknown_field: () => 'This field is not accepted here.',
  single_line: () => 'Use a single line without control characters.',
  control_characters: () => 'Remove control characters from this text.',
  time_zone: () => 'Enter an IANA time zone such as Asia/Tokyo.',
  unique: () => 'Remove the repeated entries.',
  personal_email_differs: () => 'Use a personal e-mail address, not your work one.',
  end_before_start: () => 'The end must not be before the start.',
  too_many_fields: () => 'Send at most 20 hidden fields.',
  unknown_question: () => 'This question is not part of the survey.',
  duplicate_answer: () => 'This question is answered twice.',
  invalid_answer: () => 'This answer does not fit the question.',
  too_many_choices: () => 'Too many options are selected.',
  invalid_json: () => 'The request body is not valid JSON.',
};

const ja: Catalog = {
  required: () => 'この項目は必須です。',
  must_accept: () => '続けるにはこのチェックボックスをオンにしてください。',
  invalid_type: () => '値の種類が正しくありません。',
  too_small: ({ minimum }) => bound(minimum, (n) => `${n} 以上を入力してください。`, '値が小さすぎます。'),
  too_short: ({ minimum }) =>
    bound(minimum, (n) => `${n} 文字以上で入力してください。`, '文字数が足りません。'),
  too_long: ({ maximum }) =>
    bound(maximum, (n) => `${n} 文字以内で入力してください。`, '文字数が多すぎます。'),
  too_big: ({ maximum }) => bound(maximum, (n) => `${n} 以下を入力してください。`, '値が大きすぎます。'),
  too_many: ({ maximum }) => bound(maximum, (n) => `${n} 個以内で選んでください。`, '選択数が多すぎます。'),
  too_few: ({ minimum }) => bound(minimum, (n) => `${n} 個以上選んでください。`, '選択数が足りません。'),
  invalid_email: () => 'name@example.com の形式でメールアドレスを入力してください。',
  invalid_url: () => 'https:// で始まる URL を入力してください。',
  invalid_datetime: () => '2026-12-01T18:00:00+09:00 の形式で日時を入力してください。',
  invalid_date: () => '2026-12-01 の形式で日付を入力してください。',
  invalid_format: () => '形式が正しくありません。',
  invalid_value: ({ values }) =>
    values?.length ? `次のいずれかを選んでください: ${values.join('、')}。` : '選択肢から選んでください。',
  unknown_field: () => 'この項目は受け付けられません。',
  single_line: () => '改行や制御文字を含めずに 1 行で入力してください。',
  control_characters: () => '制御文字を取り除いてください。',
  time_zone: () => 'Asia/Tokyo のような IANA タイムゾーンを入力してください。',
  unique: () => '重複している項目を取り除いてください。',
  personal_email_differs: () => '会社のアドレスではなく、個人のメールアドレスを入力してください。',
  end_before_start: () => '終了は開始より前にできません。',
  too_many_fields: () => '非表示項目は 20 個までです。',
  unknown_question: () => 'この質問はアンケートにありません。',
  duplicate_answer: () => '同じ質問に 2 回回答しています。',
  invalid_answer: () => '回答が質問の形式に合っていません。',
  too_many_choices: () => '選択数が多すぎます。',
  invalid_json: () => '本文が正しい JSON ではありません。',
};

const catalogs: Record<Locale, Catalog> = { en, ja };

/** A sentence for people describing a broken rule, in English or Japanese. */
export function ruleMessage(code: string, locale: Locale, params: RuleParams = {}): string {
  const message = catalogs[locale][code] ?? catalogs[locale]['invalid_format'];
  return (message as Catalog[string])(params);
}
