import type { KNOWN_FOR, Locale, RELATIONSHIPS } from '@alumni-kit/contract';

interface Field {
  label: string;
  hint?: string;
}

const en = {
  title: 'Refer someone you know',
  intro:
    'Know someone who would do great work here? Refer them for an open role, or in general. Ask them first: we tell them who referred them.',
  youTitle: 'About you',
  asMember: 'You are referring with your signed-in account.',
  roleTitle: 'The role',
  candidateTitle: 'The person you refer',
  fields: {
    'referrer.name': { label: 'Your full name' },
    'referrer.email': { label: 'Your e-mail address' },
    roleId: { label: 'Which role are you referring them for?' },
    'candidate.name': { label: 'Their full name' },
    'candidate.email': { label: 'Their e-mail address', hint: 'We tell them here that you referred them.' },
    'candidate.profileUrl': {
      label: 'Their profile link',
      hint: 'Such as a LinkedIn page, starting with https://',
    },
    relationship: { label: 'How do you know them?' },
    knownFor: { label: 'How long have you known them?' },
    note: { label: 'Why would they be a good fit?', hint: 'They may ask to see this.' },
    candidateConsent: { label: 'They agreed to be referred and to have these details shared with us' },
  } satisfies Record<string, Field>,
  relationships: {
    'former-colleague': 'We worked together',
    manager: 'They were my manager',
    report: 'They reported to me',
    friend: 'We are friends',
    classmate: 'We studied together',
    other: 'Another way',
  } satisfies Record<(typeof RELATIONSHIPS)[number], string>,
  knownFor: {
    'under-1-year': 'Less than a year',
    '1-3-years': '1 to 3 years',
    '3-5-years': '3 to 5 years',
    'over-5-years': 'More than 5 years',
  } satisfies Record<(typeof KNOWN_FOR)[number], string>,
  picker: {
    hint: 'Search the open roles, or make a general referral.',
    search: 'Search roles',
    general: 'General referral',
    generalHint: 'Recruiters consider them for any role that fits.',
    remote: 'Remote possible',
    loading: 'Loading the open roles…',
    shown: (shown: number, total: number) =>
      shown === total ? `${total} open roles` : `${shown} of ${total} roles match`,
    // Each followed by `stillGeneral`:
    failed: 'The open roles could not be loaded.',
    none: 'No open role matches.',
    noneOpen: 'No role is open at the moment.',
    stillGeneral: 'You can still make a general referral.',
    retry: 'Load the roles again',
  },
  presetRole: 'You are referring them for:',
  presetClosed: 'The role on this page is no longer open: choose another, or make a general referral.',
  privacyLink: 'Read the notice they will receive (opens in a new tab)',
  honeypot: 'Leave this field empty',
  submit: 'Send the referral',
  sending: 'Sending…',
  retry: 'Try again',
  sendingStatus: 'Sending your referral…',
  duplicateTitle: 'Already referred',
  duplicate: 'This person was already referred for this role, so there is nothing more to do. Thank you!',
  serverError: 'Something went wrong on our side. Your answers are kept: please try again in a moment.',
  offline: 'We could not reach the server. Check your connection, then try again: your answers are kept.',
  thanks: 'Thank you for your referral',
  /** `role` is the role's title, `null` for a general referral, `undefined` when the title is not known. */
  referred: (name: string, role: string | null | undefined) =>
    `You referred ${name}${role === null ? ' in general' : role ? ` for the role ${role}` : ''}.`,
  nextTitle: 'What happens next',
  notified: (name: string) => `We have e-mailed ${name} to say that you referred them.`,
  review: 'A recruiter reviews the referral and contacts them if there is a match.',
};

const ja: typeof en = {
  title: '知り合いを紹介する',
  intro:
    'ここで活躍できそうな知り合いを、募集中の職種に、または職種を決めずに紹介できます。紹介者がどなたかはご本人にお伝えしますので、事前にご本人の了承を得てください。',
  youTitle: 'あなたについて',
  asMember: 'ログイン中のアカウントで紹介します。',
  roleTitle: '職種',
  candidateTitle: '紹介する方',
  fields: {
    'referrer.name': { label: 'あなたの氏名' },
    'referrer.email': { label: 'あなたのメールアドレス' },
    roleId: { label: 'どの職種に紹介しますか？' },
    'candidate.name': { label: '紹介する方の氏名' },
    'candidate.email': {
      label: '紹介する方のメールアドレス',
      hint: '紹介があったことをこちらにお知らせします。',
    },
    'candidate.profileUrl': {
      label: '紹介する方のプロフィールの URL',
      hint: 'LinkedIn のページなど（https:// で始まるもの）',
    },
    relationship: { label: 'どのようなご関係ですか？' },
    knownFor: { label: 'お知り合いになってどのくらいですか？' },
    note: { label: 'おすすめする理由', hint: 'ご本人が内容の確認を求めることがあります。' },
    candidateConsent: { label: 'ご本人が紹介されること、およびこれらの情報の提供に同意しています' },
  },
  relationships: {
    'former-colleague': '一緒に働いていた',
    manager: '自分の上司だった',
    report: '自分の部下だった',
    friend: '友人',
    classmate: '同じ学校で学んだ',
    other: 'その他',
  },
  knownFor: {
    'under-1-year': '1 年未満',
    '1-3-years': '1〜3 年',
    '3-5-years': '3〜5 年',
    'over-5-years': '5 年以上',
  },
  picker: {
    hint: '募集中の職種を検索するか、職種を決めずに紹介してください。',
    search: '職種を検索',
    general: '職種を決めずに紹介',
    generalHint: '合いそうな職種を採用担当者が検討します。',
    remote: 'リモート可',
    loading: '募集中の職種を読み込んでいます…',
    shown: (shown, total) =>
      shown === total ? `募集中の職種: ${total} 件` : `${total} 件中 ${shown} 件が一致`,
    failed: '募集中の職種を読み込めませんでした。',
    none: '一致する職種はありません。',
    noneOpen: '現在募集中の職種はありません。',
    stillGeneral: '職種を決めずに紹介することはできます。',
    retry: '職種をもう一度読み込む',
  },
  presetRole: '紹介先の職種:',
  presetClosed: 'このページの職種の募集は終了しました。ほかの職種を選ぶか、職種を決めずに紹介してください。',
  privacyLink: 'ご本人に届くお知らせを読む（新しいタブで開きます）',
  honeypot: 'この欄は空のままにしてください',
  submit: '紹介する',
  sending: '送信中…',
  retry: 'もう一度送信する',
  sendingStatus: '紹介を送信しています…',
  duplicateTitle: 'すでに紹介されています',
  duplicate: 'この方はすでにこの職種に紹介されているため、手続きは不要です。ありがとうございます！',
  serverError:
    'サーバーで問題が発生しました。入力内容は保存されています。しばらくしてからもう一度お試しください。',
  offline:
    'サーバーに接続できませんでした。接続を確認してから、もう一度お試しください。入力内容は保存されています。',
  thanks: 'ご紹介ありがとうございます',
  referred: (name, role) =>
    `${name} さんを${role === null ? '職種を決めずに' : role ? `「${role}」に` : ''}紹介しました。`,
  nextTitle: 'このあとの流れ',
  notified: (name) => `${name} さんに、あなたから紹介があったことをメールでお知らせしました。`,
  review: '採用担当者が紹介内容を確認し、合う職種があればご本人にご連絡します。',
};

/** Every sentence of `<alumni-referral-form>`; the rules' messages come from the contract. */
export const referralStrings: Record<Locale, typeof en> = { en, ja };
export type ReferralStrings = typeof en;
export type ReferralField = keyof ReferralStrings['fields'];
