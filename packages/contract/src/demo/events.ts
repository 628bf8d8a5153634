import type { EventPolicy } from '../schemas/event.ts';
import { daysAfter } from './days.ts';
import { DEMO_IDS } from './ids.ts';
import type { DemoEvent } from './types.ts';
import { zonedInstant } from './zoned-time.ts';

const ids = DEMO_IDS.events;

/** Local times on a day relative to today, in the event's own zone. */
interface Schedule {
  days: number;
  from: string;
  to: string;
  timeZone: 'Asia/Tokyo' | 'Europe/London' | 'America/New_York';
}

type EventSpec = Omit<DemoEvent, 'startsAt' | 'endsAt' | 'timeZone' | 'updatedAt'> & { schedule: Schedule };

const CODE_OF_CONDUCT: EventPolicy = {
  id: 'pol_code_of_conduct',
  kind: 'code-of-conduct',
  title: 'Alumni code of conduct',
  text:
    'Treat everyone with respect. Harassment, discrimination and unwelcome behaviour of any kind are not ' +
    'tolerated. Organisers may ask anyone breaking this code to leave. Report concerns to alumni@example.com ' +
    'or to any organiser wearing a green badge.',
  version: '2026-04',
};

export const ALCOHOL_SERVED: EventPolicy = {
  id: 'pol_alcohol',
  kind: 'alcohol',
  title: 'Alcohol will be served',
  text:
    'Alcoholic drinks are served only to guests of legal drinking age where the event takes place; photo ID ' +
    'may be requested. Soft drinks are always available. Please drink responsibly and get home safely.',
  version: '2026-01',
};

const published: Pick<DemoEvent, 'status' | 'capacity' | 'waitlistEnabled' | 'policies'> = {
  status: 'published',
  capacity: null,
  waitlistEnabled: false,
  policies: [],
};

const specs = (now: Date): EventSpec[] => [
  {
    ...published,
    id: ids.callForSpeakers,
    title: '生成AI時代のプロダクト開発 — アルムナイ勉強会',
    summary: 'アルムナイと現役社員が、生成AIを使ったプロダクト開発の実践を共有します。',
    description:
      '東京オフィスとオンラインで同時開催します。登壇者を募集中です。15 分のライトニングトークで、' +
      'あなたの経験を共有してください。',
    type: 'learning',
    format: 'hybrid',
    capacity: 80,
    waitlistEnabled: true,
    location: {
      name: '東京オフィス 20F イベントスペース',
      address: '東京都千代田区丸の内 1-1-1',
      city: '東京',
      country: 'JP',
    },
    virtualUrl: 'https://meet.example.com/alumni-ai-product-night',
    callForSpeakers: {
      open: true,
      closesAt: daysAfter(now, 10),
      prompt: '15 分のライトニングトークのテーマと概要を教えてください。',
    },
    schedule: { days: 14, from: '19:00', to: '21:00', timeZone: 'Asia/Tokyo' },
  },
  {
    ...published,
    id: ids.servingAlcohol,
    title: 'Winter drinks in London',
    summary: 'Catch up with former colleagues over drinks and canapés by the river.',
    description:
      'Our yearly winter get-together for London alumni and their plus-ones. Drinks, canapés and a short ' +
      'welcome from the UK leadership team.',
    type: 'social',
    format: 'in-person',
    capacity: 120,
    waitlistEnabled: true,
    policies: [ALCOHOL_SERVED, CODE_OF_CONDUCT],
    location: { name: 'The Riverside Rooms', address: '1 Tooley Street', city: 'London', country: 'GB' },
    schedule: { days: 21, from: '18:30', to: '22:00', timeZone: 'Europe/London' },
  },
  {
    ...published,
    id: ids.volunteering,
    title: 'Community garden volunteering day',
    summary: 'Plant, weed and build raised beds with a Brooklyn community garden.',
    description: 'Gloves, tools and lunch are provided. Wear clothes that can get muddy.',
    type: 'volunteer',
    format: 'in-person',
    capacity: 25,
    location: { name: 'Greenpoint Community Garden', city: 'New York', country: 'US' },
    schedule: { days: 9, from: '09:30', to: '15:00', timeZone: 'America/New_York' },
  },
  {
    ...published,
    id: ids.reunion,
    title: '東京オフィス 10 周年 アルムナイ同窓会',
    summary: '10 年分の仲間が集まる同窓会です。遠方の方はオンラインでご参加ください。',
    description: '歴代のメンバーによるトークと懇親会を予定しています。懇親会ではお酒を提供します。',
    type: 'reunion',
    format: 'hybrid',
    capacity: 200,
    waitlistEnabled: true,
    policies: [ALCOHOL_SERVED],
    location: { name: '東京オフィス', city: '東京', country: 'JP' },
    virtualUrl: 'https://meet.example.com/tokyo-10th-reunion',
    schedule: { days: 45, from: '18:00', to: '21:00', timeZone: 'Asia/Tokyo' },
  },
  {
    ...published,
    id: ids.fullWithWaitlist,
    title: 'Career paths after Big Tech: alumni panel',
    summary: 'Four alumni on founding, joining and advising start-ups.',
    description: 'A moderated panel followed by an open Q&A. Seats are limited so that everyone can ask.',
    type: 'learning',
    format: 'virtual',
    capacity: 3,
    waitlistEnabled: true,
    virtualUrl: 'https://meet.example.com/career-paths-panel',
    schedule: { days: 5, from: '12:00', to: '13:00', timeZone: 'Europe/London' },
  },
  {
    ...published,
    id: ids.unlimited,
    title: 'Virtual coffee roulette',
    summary: 'Get paired with another alumnus for a 20-minute video coffee.',
    description: 'Bring your own coffee. Pairs are drawn at random every 20 minutes.',
    type: 'social',
    format: 'virtual',
    virtualUrl: 'https://meet.example.com/coffee-roulette',
    schedule: { days: 3, from: '08:00', to: '09:00', timeZone: 'America/New_York' },
  },
  {
    ...published,
    id: ids.fullWithoutWaitlist,
    title: 'Kyoto walking tour with alumni',
    summary: 'A small-group walk through Higashiyama led by a Kyoto-based alumna.',
    description: 'Groups are kept small for the guide; there is no waitlist.',
    type: 'social',
    format: 'in-person',
    capacity: 2,
    location: { name: 'Yasaka Shrine, west gate', city: 'Kyoto', country: 'JP' },
    schedule: { days: 30, from: '10:00', to: '13:00', timeZone: 'Asia/Tokyo' },
  },
  {
    ...published,
    id: ids.cancelled,
    status: 'cancelled',
    title: '湘南ビーチクリーン',
    summary: '荒天予報のため中止になりました。',
    description: '湘南の海岸で清掃活動を行う予定でした。次回の日程は決まり次第お知らせします。',
    type: 'volunteer',
    format: 'in-person',
    capacity: 40,
    location: { name: '鵠沼海岸', city: '藤沢', country: 'JP' },
    schedule: { days: 12, from: '09:00', to: '12:00', timeZone: 'Asia/Tokyo' },
  },
  {
    ...published,
    id: ids.draft,
    status: 'draft',
    title: 'Spring offsite (draft)',
    description: 'Still being planned.',
    type: 'social',
    format: 'in-person',
    schedule: { days: 60, from: '10:00', to: '17:00', timeZone: 'Europe/London' },
  },
  {
    ...published,
    id: ids.pastLearning,
    title: 'Negotiation workshop for new managers',
    summary: 'Practical negotiation techniques, taught by an alumna now coaching executives.',
    description: 'Role plays in small breakout rooms, with a recording shared afterwards.',
    type: 'learning',
    format: 'virtual',
    capacity: 50,
    virtualUrl: 'https://meet.example.com/negotiation-workshop',
    schedule: { days: -20, from: '13:00', to: '15:00', timeZone: 'America/New_York' },
  },
  {
    ...published,
    id: ids.pastReunion,
    title: 'London alumni summer reunion',
    description: 'An afternoon in the park with food trucks and lawn games.',
    type: 'reunion',
    format: 'in-person',
    location: { name: 'Victoria Park', city: 'London', country: 'GB' },
    schedule: { days: -90, from: '14:00', to: '18:00', timeZone: 'Europe/London' },
  },
  {
    ...published,
    id: ids.pastSocial,
    title: 'アルムナイ忘年会',
    summary: '一年の締めくくりに、会場とオンラインで乾杯しました。',
    description: 'ご参加ありがとうございました。匿名アンケートへのご協力をお願いします。',
    type: 'social',
    format: 'hybrid',
    capacity: 100,
    location: { name: '渋谷ストリーム ホール', city: '東京', country: 'JP' },
    virtualUrl: 'https://meet.example.com/year-end-party',
    schedule: { days: -7, from: '19:00', to: '21:30', timeZone: 'Asia/Tokyo' },
  },
];

/** Events of every type and format, past and upcoming relative to `now`, in three time zones. */
export function demoEvents(now: Date): DemoEvent[] {
  const updatedAt = daysAfter(now, -1);
  return specs(now).map(({ schedule: { days, from, to, timeZone }, ...event }) => ({
    ...event,
    timeZone,
    startsAt: zonedInstant(now, days, from, timeZone),
    endsAt: zonedInstant(now, days, to, timeZone),
    updatedAt,
  }));
}
