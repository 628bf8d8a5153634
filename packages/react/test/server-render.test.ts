/**
 * The wrappers as a server-rendered React page meets them: importing them in Node defines nothing
 * that throws, and each renders its tag (the element itself renders in the browser). Also holds
 * the props' types to the element classes and event classes (checked by the repository's tsc).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import {
  AlumniEventList,
  AlumniFeedbackSurvey,
  AlumniReferralForm,
  AlumniSignup,
  type AlumniSignupSubmittedEvent,
} from '../src/index.ts';

test('every wrapper renders its element on the server', () => {
  const html = renderToString(
    createElement(
      'main',
      null,
      createElement(AlumniSignup, { mode: 'employee', onSignupSubmitted: () => undefined }),
      createElement(AlumniEventList, { layout: 'grid', onRsvpSubmitted: () => undefined }),
      createElement(AlumniReferralForm, { onReferralSubmitted: () => undefined }),
      createElement(AlumniFeedbackSurvey, { onSurveySubmitted: () => undefined }),
    ),
  );
  assert.match(html, /<alumni-signup><\/alumni-signup>/);
  assert.match(html, /<alumni-event-list><\/alumni-event-list>/);
  assert.match(html, /<alumni-referral-form><\/alumni-referral-form>/);
  assert.match(html, /<alumni-feedback-survey><\/alumni-feedback-survey>/);
});

test('event props are typed with the event classes, element props with the element class', () => {
  const memberIds: string[] = [];
  const onSignupSubmitted = (event: AlumniSignupSubmittedEvent) => memberIds.push(event.detail.member.id);
  createElement(AlumniSignup, { onSignupSubmitted, privacyVersion: '2026-04' });
  // @ts-expect-error: an RSVP handler cannot take a signup event
  createElement(AlumniEventList, { onRsvpSubmitted: onSignupSubmitted });
  // @ts-expect-error: `mode` is 'alumni' or 'employee'
  createElement(AlumniSignup, { mode: 'visitor' });
  assert.deepEqual(memberIds, []);
});
