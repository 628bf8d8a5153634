import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildPath, pathParamNames, type RouteDefinition } from './route.ts';
import { routes } from './routes/index.ts';

describe('buildPath', () => {
  test('fills placeholders with URL-encoded values', () => {
    assert.equal(buildPath('/v1/events/{eventId}', { eventId: 'evt_1' }), '/v1/events/evt_1');
    assert.equal(
      buildPath('/v1/events/{eventId}/rsvps', { eventId: 'a/b?c#d' }),
      '/v1/events/a%2Fb%3Fc%23d/rsvps',
    );
    assert.equal(buildPath('/v1/events/{eventId}', { eventId: '../admin' }), '/v1/events/..%2Fadmin');
    assert.equal(buildPath('/v1/events/{eventId}', { eventId: '東京' }), '/v1/events/%E6%9D%B1%E4%BA%AC');
    assert.equal(buildPath('/v1/me'), '/v1/me');
  });

  test('throws when a placeholder has no value', () => {
    assert.throws(() => buildPath('/v1/rsvps/{rsvpId}/cancel', {}), /Missing path parameter "rsvpId"/);
  });

  test('pathParamNames lists the placeholders in order', () => {
    assert.deepEqual(pathParamNames('/v1/a/{first}/b/{second}'), ['first', 'second']);
    assert.deepEqual(pathParamNames('/v1/roles'), []);
  });
});

describe('the route table', () => {
  const table: Readonly<Record<string, RouteDefinition>> = routes;

  test('has exactly the public routes of the v1 API', () => {
    const rows = Object.entries(table).map(
      ([operationId, route]) => `${route.method} ${route.path} ${operationId}`,
    );
    assert.deepEqual(rows.sort(), [
      'GET /v1/events listEvents',
      'GET /v1/events/{eventId} getEvent',
      'GET /v1/events/{eventId}/calendar.ics getEventCalendar',
      'GET /v1/invitations/{token}/open.gif trackInvitationOpen',
      'GET /v1/me getMe',
      'GET /v1/roles listRoles',
      'GET /v1/surveys/{surveyId} getSurvey',
      'POST /v1/events/{eventId}/rsvps createRsvp',
      'POST /v1/referrals createReferral',
      'POST /v1/rsvps/{rsvpId}/cancel cancelRsvp',
      'POST /v1/signups createSignup',
      'POST /v1/surveys/{surveyId}/responses createSurveyResponse',
      'PUT /v1/me/preferences updatePreferences',
    ]);
  });

  for (const [operationId, route] of Object.entries(table)) {
    test(`${operationId}: params match the path, writes are idempotent, JSON routes have a response`, () => {
      assert.deepEqual(Object.keys(route.params?.shape ?? {}), pathParamNames(route.path));
      assert.equal(route.idempotent, route.method !== 'GET');
      assert.equal(route.body !== undefined, route.method === 'POST' || route.method === 'PUT');
      assert.equal(route.response !== undefined, route.responseKind === 'json');
      assert.ok(route.summary.length > 0 && route.tags.length > 0);
    });
  }
});
