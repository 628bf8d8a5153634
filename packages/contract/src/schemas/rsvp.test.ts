import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { examples } from '../examples.ts';
import { assertInvalid, assertValid } from '../test-support/validation.ts';
import { Rsvp, RsvpCancelRequest, RsvpParams, RsvpRequest } from './rsvp.ts';

const request = examples.createRsvp.body;

describe('RsvpRequest', () => {
  test('accepts an attendee with needs and acknowledged policies', () => {
    const rsvp = assertValid(RsvpRequest, request);
    assert.deepEqual(rsvp.acknowledgedPolicies, [{ policyId: 'pol_alcohol', version: '2026-01' }]);
  });

  test('accepts an empty body (a member token names the attendee) with no policies acknowledged', () => {
    assert.deepEqual(assertValid(RsvpRequest, {}), { acknowledgedPolicies: [] });
  });

  test('accepts an application to present at a learning event', () => {
    assertValid(RsvpRequest, {
      ...request,
      presentation: {
        topic: 'Rust で作る決済基盤',
        abstract: 'What we learned moving payments to Rust.\nQ&A after.',
      },
    });
    assertInvalid(RsvpRequest, { ...request, presentation: { abstract: 'No topic' } }, [
      '/presentation/topic required',
    ]);
  });

  test('names the failing attendee fields', () => {
    assertInvalid(RsvpRequest, { attendee: { name: '', email: 'zoe@' } }, [
      '/attendee/name required',
      '/attendee/email invalid_email',
    ]);
  });

  test('keeps hostile text in needs as text, rejects control characters and overlong needs', () => {
    const needs = { dietary: "<script>alert('x')</script>; DROP TABLE rsvps;--" };
    assert.deepEqual(assertValid(RsvpRequest, { needs }).needs, needs);
    assertInvalid(RsvpRequest, { needs: { dietary: 'none\u0000' } }, ['/needs/dietary control_characters']);
    assertInvalid(RsvpRequest, { needs: { accessibility: 'x'.repeat(501) } }, [
      '/needs/accessibility too_long',
    ]);
  });

  test('bounds acknowledged policies and rejects unknown fields', () => {
    const many = Array.from({ length: 21 }, (_, index) => ({ policyId: `pol_${index}`, version: '1' }));
    assertInvalid(RsvpRequest, { acknowledgedPolicies: many }, ['/acknowledgedPolicies too_many']);
    assertInvalid(RsvpRequest, { acknowledgedPolicies: [{ policyId: 'pol_alcohol' }] }, [
      '/acknowledgedPolicies/0/version required',
    ]);
    assertInvalid(RsvpRequest, { ...request, guests: 3 }, ['/guests unknown_field']);
  });
});

describe('RsvpCancelRequest and RsvpParams', () => {
  test('take a cancel token and an RSVP id', () => {
    assertValid(RsvpCancelRequest, examples.cancelRsvp.body);
    assertValid(RsvpCancelRequest, {});
    assertInvalid(RsvpCancelRequest, { cancelToken: 'x'.repeat(129) }, ['/cancelToken too_long']);
    assertInvalid(RsvpCancelRequest, { reason: 'busy' }, ['/reason unknown_field']);
    assertValid(RsvpParams, examples.cancelRsvp.params);
    assertInvalid(RsvpParams, { rsvpId: 'rsvp 1' }, ['/rsvpId invalid_format']);
  });
});

describe('Rsvp (response)', () => {
  const rsvp = {
    id: 'rsvp_7Hq2Lx9Pw4',
    eventId: 'evt_tokyo_reunion_2026',
    status: 'confirmed',
    acknowledgedPolicies: [{ policyId: 'pol_alcohol', version: '2026-01' }],
    virtualUrl: 'https://meet.example.com/j/123',
    cancelToken: 'ct_5f2b9c1e7a3d4b8f9e0a',
    createdAt: '2026-11-23T10:00:00Z',
    updatedAt: '2026-11-23T10:00:00Z',
  };

  test('accepts confirmed and waitlisted replies', () => {
    assertValid(Rsvp, rsvp);
    assertValid(Rsvp, { ...rsvp, status: 'waitlisted', waitlistPosition: 1, virtualUrl: undefined });
  });

  test('rejects an unknown status, a zero waitlist position and a javascript: virtual link', () => {
    assertInvalid(Rsvp, { ...rsvp, status: 'maybe' }, ['/status invalid_value']);
    assertInvalid(Rsvp, { ...rsvp, waitlistPosition: 0 }, ['/waitlistPosition too_small']);
    assertInvalid(Rsvp, { ...rsvp, virtualUrl: 'javascript:alert(1)' }, ['/virtualUrl invalid_url']);
  });
});
