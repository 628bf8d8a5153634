import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { examples } from '../examples.ts';
import { assertInvalid, assertValid } from '../test-support/validation.ts';
import { AlumniSignup, Member, SignupRequest, SignupResult } from './member.ts';

const employee = examples.createSignup.body;
const alumni = {
  mode: 'alumni',
  name: 'Zoë Martin',
  email: 'Zoe.Martin+Network@Example.com',
  joinedOn: '2016-04',
  leftOn: '2024-09',
  profileUrl: 'https://www.linkedin.com/in/zoe-martin',
  interests: ['returning', 'speaking'],
  consent: { accepted: true, privacyPolicyVersion: '2026-04' },
  invitationToken: 'inv_3f9c2a7b8d1e4f60',
} as const;

describe('SignupRequest: employee mode (onboarding)', () => {
  test('accepts a new hire with a work and a personal e-mail', () => {
    const signup = assertValid(SignupRequest, employee);
    assert.equal(signup.mode, 'employee');
    assert.equal(signup.name, '山田 太郎');
  });

  test('needs both e-mail addresses', () => {
    assertInvalid(SignupRequest, { ...employee, workEmail: undefined, personalEmail: undefined }, [
      '/workEmail required',
      '/personalEmail required',
    ]);
  });

  test('rejects a personal e-mail equal to the work one, whatever the case', () => {
    const same = {
      ...employee,
      workEmail: 'Taro.Yamada@Example.co.jp',
      personalEmail: 'taro.yamada@example.co.jp',
    };
    const [error] = assertInvalid(SignupRequest, same, ['/personalEmail personal_email_differs']);
    assert.equal(error?.path, 'personalEmail');
  });

  test('rejects the alumni-only `email` field', () => {
    assertInvalid(SignupRequest, { ...employee, email: 'taro@example.com' }, ['/email unknown_field']);
  });
});

describe('SignupRequest: alumni mode', () => {
  test('accepts a former employee and lower-cases the plus-addressed e-mail', () => {
    const signup = assertValid(SignupRequest, alumni);
    assert.equal(signup.mode === 'alumni' && signup.email, 'zoe.martin+network@example.com');
  });

  test('needs an e-mail and rejects the employee-only fields', () => {
    assertInvalid(SignupRequest, { ...alumni, email: undefined, workEmail: 'zoe@corp.example.com' }, [
      '/email required',
      '/workEmail unknown_field',
    ]);
  });

  test('rejects leaving before joining, accepts the same month', () => {
    assertInvalid(SignupRequest, { ...alumni, joinedOn: '2020-05', leftOn: '2019-12' }, [
      '/leftOn end_before_start',
    ]);
    assertValid(SignupRequest, { ...alumni, joinedOn: '2020-05', leftOn: '2020-05' });
    assertInvalid(SignupRequest, { ...alumni, leftOn: '2024-13' }, ['/leftOn invalid_format']);
  });

  test('defaults interests to an empty list', () => {
    assert.deepEqual(assertValid(AlumniSignup, { ...alumni, interests: undefined }).interests, []);
  });
});

describe('SignupRequest: fields of both modes', () => {
  test('a missing or unknown mode names the `mode` field', () => {
    assertInvalid(SignupRequest, { ...alumni, mode: undefined }, ['/mode required']);
    const [error] = assertInvalid(SignupRequest, { ...alumni, mode: 'contractor' }, ['/mode invalid_value']);
    assert.match(error?.message ?? '', /employee, alumni/);
  });

  test('rejects a body that is not an object', () => {
    for (const body of [null, [], 'signup', 42]) assertInvalid(SignupRequest, body, [' invalid_type']);
  });

  test('keeps SQL- and HTML-looking text as plain text', () => {
    const signup = assertValid(SignupRequest, {
      ...alumni,
      name: "Robert'); DROP TABLE members;--",
      department: '<img src=x onerror=alert(1)>',
      jobTitle: '"><script>alert(document.cookie)</script>',
    });
    assert.equal(signup.name, "Robert'); DROP TABLE members;--");
    assert.equal(signup.department, '<img src=x onerror=alert(1)>');
  });

  test('rejects control characters and overlong text', () => {
    assertInvalid(SignupRequest, { ...alumni, name: 'Zoë\u0000' }, ['/name single_line']);
    assertInvalid(SignupRequest, { ...alumni, department: 'a'.repeat(201) }, ['/department too_long']);
  });

  test('profile URL must be an http(s) link to a real host', () => {
    for (const profileUrl of [
      'javascript:alert(1)',
      'data:text/html,hi',
      'ftp://example.com/me',
      'http://localhost/me',
    ]) {
      assertInvalid(SignupRequest, { ...alumni, profileUrl }, ['/profileUrl invalid_url']);
    }
  });

  test('consent must be accepted, with the policy version', () => {
    assertInvalid(
      SignupRequest,
      { ...alumni, consent: { accepted: false, privacyPolicyVersion: '2026-04' } },
      ['/consent/accepted must_accept'],
    );
    assertInvalid(SignupRequest, { ...alumni, consent: { accepted: true } }, [
      '/consent/privacyPolicyVersion required',
    ]);
    assertInvalid(SignupRequest, { ...alumni, consent: undefined }, ['/consent required']);
  });

  test('interests are known and not repeated', () => {
    assertInvalid(SignupRequest, { ...alumni, interests: ['speaking', 'speaking'] }, ['/interests unique']);
    assertInvalid(SignupRequest, { ...alumni, interests: ['golf'] }, ['/interests/0 invalid_value']);
  });

  test('source is strict; hidden fields have safe names, bounded values and at most 20 entries', () => {
    assertValid(SignupRequest, { ...alumni, source: { source: 'newsletter', campaign: '同窓会2026' } });
    assertInvalid(SignupRequest, { ...alumni, source: { referrer: 'x' } }, [
      '/source/referrer unknown_field',
    ]);
    assertInvalid(SignupRequest, { ...alumni, hiddenFields: { '1office': 'Osaka' } }, [
      '/hiddenFields/1office invalid_format',
    ]);
    assertInvalid(SignupRequest, { ...alumni, hiddenFields: { office: 'x'.repeat(501) } }, [
      '/hiddenFields/office too_long',
    ]);
    const twenty = Object.fromEntries(Array.from({ length: 20 }, (_, index) => [`field${index}`, 'v']));
    assertValid(SignupRequest, { ...alumni, hiddenFields: twenty });
    assertInvalid(SignupRequest, { ...alumni, hiddenFields: { ...twenty, extra: 'v' } }, [
      '/hiddenFields too_many_fields',
    ]);
  });

  test('rejects unknown fields and a filled-in anti-spam object with unknown keys', () => {
    assertInvalid(SignupRequest, { ...alumni, role: 'admin' }, ['/role unknown_field']);
    assertInvalid(SignupRequest, { ...alumni, antiSpam: { captcha: 'x' } }, [
      '/antiSpam/captcha unknown_field',
    ]);
  });
});

describe('Member and SignupResult (responses)', () => {
  const member = {
    id: 'mem_01',
    mode: 'alumni',
    name: 'Zoë Martin',
    email: 'zoe.martin@example.com',
    interests: ['speaking'],
    createdAt: '2026-11-23T10:00:00Z',
  };

  test('accept a member as the server returns it', () => {
    assertValid(SignupResult, { member, invitationAccepted: true });
  });

  test('reject a member without id, with an unknown interest or a bad timestamp', () => {
    assertInvalid(Member, { ...member, id: undefined }, ['/id required']);
    assertInvalid(Member, { ...member, interests: ['golf'] }, ['/interests/0 invalid_value']);
    assertInvalid(Member, { ...member, createdAt: 'yesterday' }, ['/createdAt invalid_datetime']);
    assertInvalid(SignupResult, { member }, ['/invitationAccepted required']);
  });
});
