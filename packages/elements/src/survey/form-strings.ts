import type { Locale } from '@alumni-kit/contract';

const en = {
  anonymous:
    'This survey is anonymous: your answers are stored without your name or e-mail address, and this form sends neither.',
  named: 'Your name and e-mail address are kept with your answers.',
  asMember: 'You are answering with your signed-in account: your name is kept with your answers.',
  aboutYou: 'About you',
  name: 'Full name',
  email: 'E-mail address',
  emailHint: 'We use it only to count one response per person.',
  optional: (label: string) => `${label} (optional)`,
  other: 'Other',
  otherText: 'Tell us what',
  chooseUpTo: (count: number) => `Choose up to ${count}.`,
  ideasHint: 'Topics, formats, places or speakers you would like to see.',
  progress: (step: number, total: number) => `Question ${step} of ${total}`,
  lastStep: 'Last step',
  back: 'Back',
  next: 'Next',
  submit: 'Send answers',
  sending: 'Sending…',
  retry: 'Try again',
  sendingStatus: 'Sending your answers…',
  serverError: 'Something went wrong on our side. Your answers are kept: please try again in a moment.',
  offline: 'We could not reach the server. Check your connection, then try again: your answers are kept.',
  alreadyAnsweredTitle: 'You have already answered',
  alreadyAnswered:
    'We already have your answers to this survey, and each person answers once, so there is nothing more to do. Thank you!',
  thanksTitle: 'Thank you!',
  thanks: 'Your answers were received. They help us make the alumni network better.',
  thanksAnonymous: 'They are stored without your name or e-mail address.',
  closedTitle: 'This survey is closed',
  closedOn: (date: string) => `It stopped taking answers on ${date}. Thank you for your interest.`,
  closed: 'It no longer takes answers. Thank you for your interest.',
};

const ja: typeof en = {
  anonymous:
    'このアンケートは匿名です。回答はお名前やメールアドレスなしで保存され、このフォームからも送信されません。',
  named: 'お名前とメールアドレスは回答と一緒に保存されます。',
  asMember: 'ログイン中のアカウントで回答します。お名前は回答と一緒に保存されます。',
  aboutYou: 'あなたについて',
  name: '氏名',
  email: 'メールアドレス',
  emailHint: 'お一人につき 1 回の回答とするためだけに使います。',
  optional: (label) => `${label}（任意）`,
  other: 'その他',
  otherText: 'その他の内容',
  chooseUpTo: (count) => `${count} つまで選べます。`,
  ideasHint: 'テーマ、形式、会場、登壇してほしい人など、ご自由にどうぞ。',
  progress: (step, total) => `質問 ${step} / ${total}`,
  lastStep: '最後のステップ',
  back: '戻る',
  next: '次へ',
  submit: '回答を送信する',
  sending: '送信中…',
  retry: 'もう一度送信する',
  sendingStatus: '回答を送信しています…',
  serverError:
    'サーバーで問題が発生しました。入力内容は保存されています。しばらくしてからもう一度お試しください。',
  offline:
    'サーバーに接続できませんでした。接続を確認してから、もう一度お試しください。入力内容は保存されています。',
  alreadyAnsweredTitle: 'すでに回答済みです',
  alreadyAnswered:
    'このアンケートへの回答はすでにいただいています。回答はお一人につき 1 回のため、これ以上の手続きは不要です。ありがとうございました！',
  thanksTitle: 'ありがとうございました！',
  thanks: '回答を受け付けました。アルムナイネットワークをよりよくするために活用します。',
  thanksAnonymous: '回答はお名前やメールアドレスなしで保存されます。',
  closedTitle: 'このアンケートは締め切られました',
  closedOn: (date) => `${date}に回答の受付を終了しました。ご関心をお寄せいただきありがとうございます。`,
  closed: '回答の受付は終了しています。ご関心をお寄せいただきありがとうございます。',
};

/** Every sentence of the survey's form and of what replaces it (closed, already answered, thanks); the rules' messages come from the contract. */
export const formStrings: Record<Locale, typeof en> = { en, ja };
export type FormStrings = typeof en;
