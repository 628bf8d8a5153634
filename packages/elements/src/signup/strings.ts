import type { Interest, Locale, SignupMode } from '@alumni-kit/contract';

interface Field {
  label: string;
  hint?: string;
}

const en = {
  title: 'Join the alumni network',
  intro: {
    alumni: 'Stay in touch with former colleagues and hear about events and roles.',
    employee:
      'Join today and keep in touch with colleagues wherever your career takes you. After you leave, we write to your personal address.',
  } satisfies Record<SignupMode, string>,
  benefitsTitle: 'Why join',
  benefits: [
    'Invitations to reunions, learning sessions and social events',
    'News of open roles, if you ever want to come back',
    'A simple way to refer friends to open roles',
    'Messages only as often as you choose',
  ],
  fields: {
    name: { label: 'Full name' },
    email: { label: 'E-mail address', hint: 'We write to this address, so use one you will keep.' },
    workEmail: { label: 'Work e-mail address' },
    personalEmail: {
      label: 'Personal e-mail address',
      hint: 'Where we reach you after you leave the company.',
    },
    department: { label: 'Department' },
    jobTitle: { label: 'Job title' },
    lastDepartment: { label: 'Last department' },
    lastJobTitle: { label: 'Last job title' },
    joinedOn: { label: 'When you joined' },
    leftOn: { label: 'When you left' },
    startDate: { label: 'Start date' },
    profileUrl: { label: 'Profile link', hint: 'For example your LinkedIn page, starting with https://' },
    interests: { label: 'What interests you?', hint: 'Choose any.' },
    consent: { label: 'I agree that my details are used to run the alumni network' },
  } satisfies Record<string, Field>,
  interests: {
    returning: 'Open to returning',
    mentoring: 'Mentoring',
    speaking: 'Speaking at events',
    referring: 'Referring candidates',
    volunteering: 'Volunteering',
    events: 'Events and reunions',
  } satisfies Record<Interest, string>,
  privacyLink: 'Read the privacy policy (opens in a new tab)',
  honeypot: 'Leave this field empty',
  submit: 'Join the network',
  sending: 'Sending…',
  retry: 'Try again',
  sendingStatus: 'Sending your details…',
  alreadyMemberTitle: 'You are already a member',
  alreadyMember:
    'This e-mail address is already in the network, so there is nothing more to do. Welcome back!',
  serverError: 'Something went wrong on our side. Your answers are kept: please try again in a moment.',
  offline: 'We could not reach the server. Check your connection, then try again: your answers are kept.',
  welcome: (name: string) => `Welcome, ${name}!`,
  welcomeBody: 'You are now a member of the alumni network. We will be in touch about events and news.',
  memberSince: (date: string) => `Member since ${date}`,
};

const ja: typeof en = {
  title: 'アルムナイネットワークに参加する',
  intro: {
    alumni: '元同僚とのつながりを保ち、イベントや求人の情報を受け取れます。',
    employee:
      '今のうちに登録して、どこで働くことになっても同僚とのつながりを保ちましょう。退職後は個人のメールアドレスにご連絡します。',
  },
  benefitsTitle: '参加するメリット',
  benefits: [
    '同窓会・勉強会・交流イベントへのご招待',
    '再入社をお考えのときに役立つ求人情報',
    '知人を求人に紹介できるかんたんな仕組み',
    'ご連絡はご自身で選んだ頻度だけ',
  ],
  fields: {
    name: { label: '氏名' },
    email: {
      label: 'メールアドレス',
      hint: 'こちらにご連絡しますので、今後も使うアドレスを入力してください。',
    },
    workEmail: { label: '会社のメールアドレス' },
    personalEmail: { label: '個人のメールアドレス', hint: '退職後のご連絡先になります。' },
    department: { label: '部署' },
    jobTitle: { label: '役職' },
    lastDepartment: { label: '最後の部署' },
    lastJobTitle: { label: '最後の役職' },
    joinedOn: { label: '入社時期' },
    leftOn: { label: '退職時期' },
    startDate: { label: '入社日' },
    profileUrl: { label: 'プロフィールの URL', hint: 'LinkedIn のページなど（https:// で始まるもの）' },
    interests: { label: '興味のあること', hint: 'いくつでも選べます。' },
    consent: { label: 'アルムナイネットワークの運営のために私の情報が使われることに同意します' },
  },
  interests: {
    returning: '再入社も検討したい',
    mentoring: 'メンタリング',
    speaking: 'イベントでの登壇',
    referring: '人材の紹介',
    volunteering: 'ボランティア',
    events: 'イベントや同窓会',
  },
  privacyLink: 'プライバシーポリシーを読む（新しいタブで開きます）',
  honeypot: 'この欄は空のままにしてください',
  submit: '参加する',
  sending: '送信中…',
  retry: 'もう一度送信する',
  sendingStatus: '送信しています…',
  alreadyMemberTitle: 'すでに登録されています',
  alreadyMember:
    'このメールアドレスはすでにネットワークに登録されているため、手続きは不要です。おかえりなさい！',
  serverError:
    'サーバーで問題が発生しました。入力内容は保存されています。しばらくしてからもう一度お試しください。',
  offline:
    'サーバーに接続できませんでした。接続を確認してから、もう一度お試しください。入力内容は保存されています。',
  welcome: (name) => `${name} さん、ようこそ！`,
  welcomeBody: 'アルムナイネットワークへの登録が完了しました。イベントやお知らせをお届けします。',
  memberSince: (date) => `登録日: ${date}`,
};

/** Every sentence of `<alumni-signup>`; the rules' messages come from the contract. */
export const signupStrings: Record<Locale, typeof en> = { en, ja };
export type SignupStrings = typeof en;
export type SignupField = keyof SignupStrings['fields'];
