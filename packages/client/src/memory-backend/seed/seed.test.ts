import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  AlumniEvent,
  EVENT_FORMATS,
  EVENT_TYPES,
  InvitationToken,
  OpenRole,
  Survey,
  validate,
  type QuestionKind,
} from '@alumni-kit/contract';
import { toPublicEvent } from '../event-view.ts';
import { createEmptyStore } from '../store.ts';
import { createTestBackend, NOW } from '../test-helpers.ts';
import { DEMO_IDS } from './ids.ts';
import { seedStore } from './index.ts';

const { store } = createTestBackend();
const events = [...store.events.values()];
const publicEvent = (id: string) => {
  const event = store.events.get(id);
  assert.ok(event, id);
  return toPublicEvent(store, event);
};
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('demo data', () => {
  it('holds valid events of every type and format, past and upcoming, in three time zones', () => {
    for (const event of events) {
      const result = validate(AlumniEvent, toPublicEvent(store, event));
      assert.deepEqual(result.ok ? [] : result.errors, [], event.id);
    }
    assert.deepEqual(new Set(events.map((event) => event.type)), new Set(EVENT_TYPES));
    assert.deepEqual(new Set(events.map((event) => event.format)), new Set(EVENT_FORMATS));
    assert.deepEqual(
      new Set(events.map((event) => event.timeZone)),
      new Set(['Asia/Tokyo', 'Europe/London', 'America/New_York']),
    );
    const ended = (id: string) => Date.parse(publicEvent(id).endsAt) < NOW.getTime();
    assert.ok(ended(DEMO_IDS.events.pastLearning) && ended(DEMO_IDS.events.pastReunion));
    assert.ok(!ended(DEMO_IDS.events.reunion) && !ended(DEMO_IDS.events.unlimited));
  });

  it('writes each start in the offset of the event’s own zone', () => {
    assert.match(publicEvent(DEMO_IDS.events.callForSpeakers).startsAt, /T19:00:00\+09:00$/);
    assert.match(publicEvent(DEMO_IDS.events.volunteering).startsAt, /T09:30:00-05:00$/);
    assert.match(publicEvent(DEMO_IDS.events.servingAlcohol).startsAt, /T18:30:00\+00:00$/);
  });

  it('has English and Japanese titles', () => {
    assert.ok(events.some((event) => JAPANESE.test(event.title)));
    assert.ok(events.some((event) => !JAPANESE.test(event.title)));
  });

  it('has the special events stories and tests need', () => {
    const alcohol = publicEvent(DEMO_IDS.events.servingAlcohol);
    assert.equal(alcohol.format, 'in-person');
    assert.deepEqual(alcohol.policies.map((policy) => policy.kind).sort(), ['alcohol', 'code-of-conduct']);

    const full = publicEvent(DEMO_IDS.events.fullWithWaitlist);
    assert.equal(full.seatsLeft, 0);
    assert.deepEqual(full.waitlist, { enabled: true, count: 1 });

    const closed = publicEvent(DEMO_IDS.events.fullWithoutWaitlist);
    assert.equal(closed.seatsLeft, 0);
    assert.equal(closed.waitlist.enabled, false);

    const learning = publicEvent(DEMO_IDS.events.callForSpeakers);
    assert.equal(learning.type, 'learning');
    assert.equal(learning.callForSpeakers?.open, true);

    assert.equal(publicEvent(DEMO_IDS.events.cancelled).status, 'cancelled');
    assert.equal(store.events.get(DEMO_IDS.events.draft)?.status, 'draft');
  });

  it('has 3 to 5 open roles and one closed', () => {
    const roles = [...store.roles.values()];
    const open = roles.filter((role) => role.open);
    assert.ok(open.length >= 3 && open.length <= 5, `${open.length} open roles`);
    assert.equal(store.roles.get(DEMO_IDS.roles.closed)?.open, false);
    for (const role of roles) assert.ok(validate(OpenRole, role).ok, role.id);
  });

  it('has a survey with every question kind and an anonymous one', () => {
    for (const survey of store.surveys.values()) assert.ok(validate(Survey, survey).ok, survey.id);
    const full = store.surveys.get(DEMO_IDS.surveys.reunionFeedback);
    const kinds = new Set<QuestionKind>(full?.questions.map((question) => question.kind));
    assert.deepEqual(kinds, new Set(['rating', 'nps', 'single-choice', 'multiple-choice', 'text']));
    const questions = full?.questions ?? [];
    assert.ok(questions.some((question) => question.kind === 'single-choice' && question.allowOther));
    assert.ok(questions.some((question) => question.kind === 'text' && question.purpose === 'ideas'));
    assert.equal(full?.anonymous, false);
    assert.equal(store.surveys.get(DEMO_IDS.surveys.anonymousFeedback)?.anonymous, true);
  });

  it('has invitation tokens of the contract’s shape, and every demo id', () => {
    for (const token of Object.values(DEMO_IDS.invitations)) {
      assert.ok(validate(InvitationToken, token).ok, token);
      assert.ok(store.invitations.has(token), token);
    }
    for (const id of Object.values(DEMO_IDS.events)) assert.ok(store.events.has(id), id);
    for (const id of Object.values(DEMO_IDS.roles)) assert.ok(store.roles.has(id), id);
    for (const id of Object.values(DEMO_IDS.surveys)) assert.ok(store.surveys.has(id), id);
    for (const { id } of Object.values(DEMO_IDS.members)) assert.ok(store.members.has(id), id);
  });

  it('dates everything from the clock it is seeded at', () => {
    const weekLater = createEmptyStore();
    seedStore(weekLater, new Date(NOW.getTime() + 7 * 86_400_000));
    const startOf = (seeded: typeof store) =>
      Date.parse(seeded.events.get(DEMO_IDS.events.reunion)?.startsAt ?? '');
    assert.equal(startOf(weekLater) - startOf(store), 7 * 86_400_000);
  });
});
