import type { EventFormat, EventType, Locale } from '@alumni-kit/contract';

const en = {
  title: 'Events',
  filters: 'Filter events',
  all: 'All',
  typeLabel: 'Type',
  formatLabel: 'Format',
  whenLabel: 'When',
  types: {
    learning: 'Learning',
    volunteer: 'Volunteering',
    social: 'Social',
    reunion: 'Reunion',
  } satisfies Record<EventType, string>,
  formats: { virtual: 'Virtual', 'in-person': 'In person', hybrid: 'Hybrid' } satisfies Record<
    EventFormat,
    string
  >,
  when: { upcoming: 'Upcoming', past: 'Past' },
  online: 'Online',
  andOnline: (place: string) => `${place}, and online`,
  eventTime: (time: string) => `Event's local time: ${time}`,
  seatsLeft: (count: number) => (count === 1 ? '1 seat left' : `${count} seats left`),
  noSeatLimit: 'Open to all',
  waitlist: 'Full: waitlist open',
  full: 'Full',
  cancelled: 'Cancelled',
  loading: 'Loading events…',
  loadingMore: 'Loading more events…',
  loaded: (count: number) => (count === 1 ? '1 event shown' : `${count} events shown`),
  empty: 'No events match these filters.',
  emptyHint: 'Try another type, format or time.',
  emptyPast: 'No past events yet.',
  error: 'The events could not be loaded.',
  offline: 'The events could not be loaded. Check your connection.',
  retry: 'Try again',
  loadMore: 'Load more events',
};

export type EventListStrings = typeof en;

const ja: EventListStrings = {
  title: 'イベント',
  filters: 'イベントの絞り込み',
  all: 'すべて',
  typeLabel: '種類',
  formatLabel: '形式',
  whenLabel: '時期',
  types: { learning: '勉強会', volunteer: 'ボランティア', social: '交流会', reunion: '同窓会' },
  formats: { virtual: 'オンライン', 'in-person': '会場', hybrid: 'ハイブリッド' },
  when: { upcoming: '今後', past: '過去' },
  online: 'オンライン',
  andOnline: (place: string) => `${place}（オンライン参加も可）`,
  eventTime: (time: string) => `現地時間: ${time}`,
  seatsLeft: (count: number) => `残り${count}席`,
  noSeatLimit: '定員なし',
  waitlist: '満席（キャンセル待ち受付中）',
  full: '満席',
  cancelled: '中止',
  loading: 'イベントを読み込んでいます…',
  loadingMore: 'さらに読み込んでいます…',
  loaded: (count: number) => `${count}件のイベントを表示しています`,
  empty: '条件に合うイベントはありません。',
  emptyHint: '種類・形式・時期を変えてお試しください。',
  emptyPast: '過去のイベントはまだありません。',
  error: 'イベントを読み込めませんでした。',
  offline: 'イベントを読み込めませんでした。接続を確認してください。',
  retry: '再試行',
  loadMore: 'さらに表示',
};

export const eventListStrings: Record<Locale, EventListStrings> = { en, ja };
