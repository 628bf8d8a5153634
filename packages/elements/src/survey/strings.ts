import type { Locale } from '@alumni-kit/contract';

const en = {
  loading: 'Loading the survey…',
  notFoundTitle: 'Survey not found',
  notFound: 'There is no survey at this address, or it was taken down. Check the link you followed.',
  loadError: 'The survey could not be loaded because of a problem on our side. Please try again in a moment.',
  loadOffline: 'The survey could not be loaded. Check your connection, then try again.',
  reload: 'Try again',
};

const ja: typeof en = {
  loading: 'アンケートを読み込んでいます…',
  notFoundTitle: 'アンケートが見つかりません',
  notFound: 'このアドレスのアンケートはないか、公開が終了しました。開いたリンクをご確認ください。',
  loadError: 'サーバーの問題でアンケートを読み込めませんでした。しばらくしてからもう一度お試しください。',
  loadOffline: 'アンケートを読み込めませんでした。接続を確認してから、もう一度お試しください。',
  reload: 'もう一度読み込む',
};

/**
 * The sentences `<alumni-feedback-survey>` shows before its form: loading, a survey that does
 * not exist or could not be loaded. The form's are in `form-strings.ts`; the survey's own
 * texts come from the backend.
 */
export const surveyStrings: Record<Locale, typeof en> = { en, ja };
export type SurveyStrings = typeof en;
