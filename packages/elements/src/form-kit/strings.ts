import type { Locale } from '@alumni-kit/contract';

const en = {
  required: '(required)',
  errorPrefix: 'Error:',
  summaryTitle: 'There is a problem',
  choose: 'Choose…',
  month: 'Month',
  year: 'Year',
  charactersLeft: (count: number) =>
    count >= 0 ? `You have ${count} characters left` : `You have ${-count} characters too many`,
  ratingOption: (value: number, max: number) => `${value} of ${max}`,
  npsLow: '0: not at all likely',
  npsHigh: '10: extremely likely',
};

const ja: typeof en = {
  required: '（必須）',
  errorPrefix: 'エラー:',
  summaryTitle: '入力内容を確認してください',
  choose: '選択してください',
  month: '月',
  year: '年',
  charactersLeft: (count) => (count >= 0 ? `残り ${count} 文字です` : `${-count} 文字超えています`),
  ratingOption: (value, max) => `${max} 段階中 ${value}`,
  npsLow: '0: まったく思わない',
  npsHigh: '10: 非常にそう思う',
};

/** Every sentence the form kit itself shows; the elements pass their fields' labels and hints. */
export const kitStrings: Record<Locale, typeof en> = { en, ja };
