import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { examples } from '../examples.ts';
import { policyIssues } from '../policy-acknowledgements.ts';
import { httpUrl, instant } from '../primitives.ts';
import { AlumniEvent } from '../schemas/event.ts';
import { EVENT_FORMATS, EVENT_TYPES } from '../vocabulary.ts';
import { InvitationToken } from '../schemas/invitation.ts';
import { Member } from '../schemas/member.ts';
import { Preferences } from '../schemas/preferences.ts';
import { OpenRole } from '../schemas/referral.ts';
import { Contact, PolicyAcknowledgement, RsvpStatus } from '../schemas/rsvp.ts';
import { Survey, type QuestionKind } from '../schemas/survey.ts';
import { answerIssues } from '../survey-answers.ts';
import { validate } from '../validate.ts';
import { DEMO_IDS, demoData } from './index.ts';

/** Tuesday 1 December 2026, noon in Tokyo. */
const NOW = new Date('2026-12-01T03:00:00Z');
const data = demoData(NOW);
const { events, roles, surveys, invitations, members, rsvps } = data;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** An event as its organiser keeps it: the public event without its counts, plus what is not public. */
const OrganiserEvent = z.extend(z.omit(AlumniEvent, { status: true, seatsLeft: true, waitlist: true }), {
  status: z.enum(['draft', 'published', 'cancelled']),
  waitlistEnabled: z.boolean(),
  virtualUrl: z.optional(httpUrl),
});
const DemoRsvp = z.strictObject({
  id: z.string(),
  eventId: z.string(),
  attendee: Contact,
  status: RsvpStatus,
  acknowledgedPolicies: z.array(PolicyAcknowledgement),
  cancelToken: z.string().check(z.minLength(16)),
  createdAt: instant,
  updatedAt: instant,
});

const assertValid = (schema: z.ZodMiniType, value: unknown, name: string) => {
  const result = validate(schema, value);
  assert.deepEqual(result.ok ? [] : result.errors, [], name);
};
const find = <T extends { id: string }>(records: T[], id: string): T => {
  const record = records.find((candidate) => candidate.id === id);
  assert.ok(record, id);
  return record;
};
const rsvpsOf = (eventId: string, status: string) =>
  rsvps.filter((rsvp) => rsvp.eventId === eventId && rsvp.status === status);
const hasInvitation = (token: string) => invitations.some((invitation) => invitation.token === token);

describe('demoData', () => {
  it('holds valid events of every type and format, past and upcoming, in three time zones', () => {
    for (const event of events) assertValid(OrganiserEvent, event, event.id);
    assert.deepEqual(new Set(events.map((event) => event.type)), new Set(EVENT_TYPES));
    assert.deepEqual(new Set(events.map((event) => event.format)), new Set(EVENT_FORMATS));
    assert.deepEqual(
      new Set(events.map((event) => event.timeZone)),
      new Set(['Asia/Tokyo', 'Europe/London', 'America/New_York']),
    );
    const ended = (id: string) => Date.parse(find(events, id).endsAt) < NOW.getTime();
    assert.ok(ended(DEMO_IDS.events.pastLearning) && ended(DEMO_IDS.events.pastReunion));
    assert.ok(!ended(DEMO_IDS.events.reunion) && !ended(DEMO_IDS.events.unlimited));
  });

  it('writes each start in the offset of the event’s own zone', () => {
    assert.match(find(events, DEMO_IDS.events.callForSpeakers).startsAt, /T19:00:00\+09:00$/);
    assert.match(find(events, DEMO_IDS.events.volunteering).startsAt, /T09:30:00-05:00$/);
    assert.match(find(events, DEMO_IDS.events.servingAlcohol).startsAt, /T18:30:00\+00:00$/);
  });

  it('has English and Japanese titles', () => {
    assert.ok(events.some((event) => JAPANESE.test(event.title)));
    assert.ok(events.some((event) => !JAPANESE.test(event.title)));
  });

  it('has the special events stories and tests need', () => {
    const alcohol = find(events, DEMO_IDS.events.servingAlcohol);
    assert.equal(alcohol.format, 'in-person');
    assert.deepEqual(alcohol.policies.map((policy) => policy.kind).sort(), ['alcohol', 'code-of-conduct']);

    const full = find(events, DEMO_IDS.events.fullWithWaitlist);
    assert.equal(rsvpsOf(full.id, 'confirmed').length, full.capacity);
    assert.equal(rsvpsOf(full.id, 'waitlisted').length, 1);
    assert.equal(full.waitlistEnabled, true);

    const closed = find(events, DEMO_IDS.events.fullWithoutWaitlist);
    assert.equal(rsvpsOf(closed.id, 'confirmed').length, closed.capacity);
    assert.equal(closed.waitlistEnabled, false);

    const learning = find(events, DEMO_IDS.events.callForSpeakers);
    assert.equal(learning.type, 'learning');
    assert.equal(learning.callForSpeakers?.open, true);

    assert.equal(find(events, DEMO_IDS.events.cancelled).status, 'cancelled');
    assert.equal(find(events, DEMO_IDS.events.draft).status, 'draft');
  });

  it('has valid RSVPs, each with the current policies of its event and its own cancel token', () => {
    for (const rsvp of rsvps) {
      assertValid(DemoRsvp, rsvp, rsvp.id);
      const event = find(events, rsvp.eventId);
      assert.deepEqual(policyIssues(event.policies, rsvp.acknowledgedPolicies), [], rsvp.id);
    }
    assert.equal(new Set(rsvps.map((rsvp) => rsvp.cancelToken)).size, rsvps.length);
    const { id, cancelToken } = DEMO_IDS.rsvps.cancellable;
    const cancellable = find(rsvps, id);
    assert.equal(cancellable.cancelToken, cancelToken);
    assert.deepEqual([cancellable.eventId, cancellable.status], [DEMO_IDS.events.reunion, 'confirmed']);
  });

  it('has 3 to 5 open roles and one closed', () => {
    const open = roles.filter((role) => role.open);
    assert.ok(open.length >= 3 && open.length <= 5, `${open.length} open roles`);
    assert.equal(find(roles, DEMO_IDS.roles.closed).open, false);
    for (const role of roles) assertValid(OpenRole, role, role.id);
  });

  it('has a survey with every question kind and an anonymous one', () => {
    for (const survey of surveys) assertValid(Survey, survey, survey.id);
    const full = find(surveys, DEMO_IDS.surveys.reunionFeedback);
    const kinds = new Set<QuestionKind>(full.questions.map((question) => question.kind));
    assert.deepEqual(kinds, new Set(['rating', 'nps', 'single-choice', 'multiple-choice', 'text']));
    assert.ok(full.questions.some((question) => question.kind === 'single-choice' && question.allowOther));
    assert.ok(full.questions.some((question) => question.kind === 'text' && question.purpose === 'ideas'));
    assert.equal(full.anonymous, false);
    assert.equal(find(surveys, DEMO_IDS.surveys.anonymousFeedback).anonymous, true);
  });

  it('has valid members and invitation tokens of the contract’s shape', () => {
    for (const { member, preferences } of members) {
      assertValid(Member, member, member.id);
      assertValid(Preferences, preferences, member.id);
    }
    const memberIds = members.map(({ member }) => member.id);
    for (const { id } of Object.values(DEMO_IDS.members)) assert.ok(memberIds.includes(id), id);
    const employee = members.find(({ member }) => member.id === DEMO_IDS.members.employee.id);
    assert.equal(employee?.employeeId, DEMO_IDS.members.employee.sub);
    for (const token of Object.values(DEMO_IDS.invitations)) {
      assertValid(InvitationToken, token, token);
      assert.ok(hasInvitation(token), token);
    }
  });

  it('holds every demo id and the records the contract’s examples name', () => {
    for (const id of Object.values(DEMO_IDS.events)) find(events, id);
    for (const id of Object.values(DEMO_IDS.roles)) find(roles, id);
    for (const id of Object.values(DEMO_IDS.surveys)) find(surveys, id);
    const reunion = find(events, examples.createRsvp.params.eventId);
    assert.deepEqual(policyIssues(reunion.policies, examples.createRsvp.body.acknowledgedPolicies ?? []), []);
    const survey = find(surveys, examples.createSurveyResponse.params.surveyId);
    assert.deepEqual(answerIssues(survey, examples.createSurveyResponse.body.answers), []);
    assert.equal(find(roles, examples.createReferral.body.roleId ?? '').open, true);
    const rsvp = find(rsvps, examples.cancelRsvp.params.rsvpId);
    assert.equal(rsvp.cancelToken, examples.cancelRsvp.body.cancelToken);
    assert.ok(hasInvitation(examples.trackInvitationOpen.params.token));
  });

  it('is the same for the same clock, and dated from it', () => {
    assert.deepEqual(demoData(new Date(NOW)), data);
    const weekLater = demoData(new Date(NOW.getTime() + 7 * 86_400_000));
    const startOf = ({ events: seeded }: typeof data) =>
      Date.parse(find(seeded, DEMO_IDS.events.reunion).startsAt);
    assert.equal(startOf(weekLater) - startOf(data), 7 * 86_400_000);
  });
});
