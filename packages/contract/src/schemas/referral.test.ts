import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { examples } from '../examples.ts';
import { assertInvalid, assertValid } from '../test-support/validation.ts';
import { OpenRole, ReferralRequest, RoleList } from './referral.ts';

const referral = examples.createReferral.body;

describe('ReferralRequest', () => {
  test('accepts a referral for a role and a general one (roleId null)', () => {
    const parsed = assertValid(ReferralRequest, referral);
    assert.equal(parsed.candidate.name, '佐藤 花子');
    assertValid(ReferralRequest, { ...referral, roleId: null });
  });

  test('needs the candidate to have agreed', () => {
    assertInvalid(ReferralRequest, { ...referral, candidateConsent: false }, [
      '/candidateConsent must_accept',
    ]);
    assertInvalid(ReferralRequest, { ...referral, candidateConsent: undefined }, [
      '/candidateConsent must_accept',
    ]);
  });

  test('needs the role id (or null), the relationship and how long they know each other', () => {
    const rest = { ...referral, roleId: undefined, relationship: undefined, knownFor: undefined };
    assertInvalid(ReferralRequest, rest, [
      '/roleId required',
      '/relationship required',
      '/knownFor required',
    ]);
    assertInvalid(ReferralRequest, { ...referral, relationship: 'cousin' }, ['/relationship invalid_value']);
  });

  test("lower-cases the candidate's plus-addressed e-mail and checks their profile link", () => {
    const candidate = { ...referral.candidate, email: 'Hanako.Sato+Jobs@Example.JP' };
    assert.equal(
      assertValid(ReferralRequest, { ...referral, candidate }).candidate.email,
      'hanako.sato+jobs@example.jp',
    );
    for (const profileUrl of [
      'javascript:alert(1)',
      'data:text/html,x',
      'ftp://example.com/cv',
      'http://localhost',
    ]) {
      assertInvalid(ReferralRequest, { ...referral, candidate: { ...candidate, profileUrl } }, [
        '/candidate/profileUrl invalid_url',
      ]);
    }
  });

  test('keeps SQL- and HTML-looking notes as text; bounds and cleans the note', () => {
    const note = "<img src=x onerror=alert(1)>\n'; DROP TABLE referrals;--";
    assert.equal(assertValid(ReferralRequest, { ...referral, note }).note, note);
    assertInvalid(ReferralRequest, { ...referral, note: 'x'.repeat(2001) }, ['/note too_long']);
    assertInvalid(ReferralRequest, { ...referral, note: 'esc\u001b[31m' }, ['/note control_characters']);
  });

  test('rejects unknown fields at every level', () => {
    assertInvalid(ReferralRequest, { ...referral, bonus: 1000 }, ['/bonus unknown_field']);
    assertInvalid(ReferralRequest, { ...referral, candidate: { ...referral.candidate, phone: '090' } }, [
      '/candidate/phone unknown_field',
    ]);
    assertInvalid(
      ReferralRequest,
      { ...referral, referrer: { name: 'Łukasz', email: 'l@example.com', id: 1 } },
      ['/referrer/id unknown_field'],
    );
  });
});

describe('OpenRole and RoleList (responses)', () => {
  const role = {
    id: 'role_backend_engineer',
    title: 'Backend Engineer (Payments)',
    department: 'Engineering',
    location: 'Tokyo',
    remote: true,
    url: 'https://careers.example.com/jobs/backend-engineer',
    postedAt: '2026-11-01T00:00:00Z',
  };

  test('accept open roles', () => {
    assertValid(RoleList, { items: [role, { ...role, id: 'role_2', url: undefined }] });
  });

  test('reject a role linking to a javascript: URL or missing the remote flag', () => {
    assertInvalid(OpenRole, { ...role, url: 'javascript:alert(1)' }, ['/url invalid_url']);
    assertInvalid(OpenRole, { ...role, remote: undefined }, ['/remote required']);
  });
});
