import type { Survey } from '../schemas/survey.ts';
import { daysAfter } from './days.ts';
import { DEMO_IDS } from './ids.ts';

const ideas = {
  id: 'q_ideas',
  kind: 'text',
  purpose: 'ideas',
  label: 'Ideas for future events',
  help: 'Topics, formats, places or speakers you would like to see.',
  required: false,
  maxLength: 1_000,
} as const;

/** A survey with every question kind about the reunion, and anonymous feedback on the past social event. */
export function demoSurveys(now: Date): Survey[] {
  return [
    {
      id: DEMO_IDS.surveys.reunionFeedback,
      title: 'Tokyo reunion: tell us what would make it great',
      description: 'Five minutes about past reunions and the next one. Your name is kept with your answers.',
      anonymous: false,
      eventId: DEMO_IDS.events.reunion,
      closesAt: daysAfter(now, 30),
      questions: [
        { id: 'q_overall', kind: 'rating', label: 'How did you like our last reunion?', required: true },
        {
          id: 'q_recommend',
          kind: 'nps',
          label: 'How likely are you to recommend the reunion to a former colleague?',
          required: true,
        },
        {
          id: 'q_heard_from',
          kind: 'single-choice',
          label: 'How did you hear about the reunion?',
          required: false,
          allowOther: true,
          options: [
            { id: 'opt_invitation', label: 'An e-mail invitation' },
            { id: 'opt_colleague', label: 'From a colleague' },
            { id: 'opt_social', label: 'LinkedIn or social media' },
          ],
        },
        {
          id: 'q_next_format',
          kind: 'multiple-choice',
          label: 'How would you like to join the next one?',
          help: 'Choose all that work for you.',
          required: false,
          allowOther: true,
          maxSelections: 3,
          options: [
            { id: 'opt_in_person', label: 'In person in Tokyo' },
            { id: 'opt_virtual', label: 'Online' },
            { id: 'opt_regional', label: 'A satellite meet-up in Osaka' },
          ],
        },
        {
          id: 'q_comments',
          kind: 'text',
          purpose: 'general',
          label: 'Anything else you would like to tell us?',
          required: false,
          maxLength: 2_000,
        },
        ideas,
      ],
    },
    {
      id: DEMO_IDS.surveys.anonymousFeedback,
      title: 'アルムナイ忘年会 アンケート（匿名）',
      description: '回答は匿名で集計され、お名前やメールアドレスは保存されません。',
      anonymous: true,
      eventId: DEMO_IDS.events.pastSocial,
      questions: [
        { id: 'q_event_rating', kind: 'rating', label: 'イベントの満足度を教えてください。', required: true },
        {
          id: 'q_event_recommend',
          kind: 'nps',
          label: '次回のイベントを友人に勧める可能性はどのくらいありますか？',
          required: false,
        },
        { ...ideas, label: '今後のイベントのアイデア', help: 'テーマ、形式、会場などご自由にどうぞ。' },
      ],
    },
  ];
}
