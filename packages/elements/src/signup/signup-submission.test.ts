import { AlumniApiError, AlumniNetworkError } from '@alumni-kit/client';
import { createUnsignedMemberToken, DEMO_IDS } from '@alumni-kit/client/memory-backend';
import { createProblem, fieldError, ruleMessage, SignupRequest, validate } from '@alumni-kit/contract';
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import {
  VALID_ALUMNI,
  control,
  defaultSignup,
  deferred,
  fill,
  focused,
  part,
  recordingBackend,
  settled,
  signupFixture,
  submit,
} from '../../test/helpers/signup.ts';
import { FormControl } from '../form-kit/form-control.ts';

const networkError = () => new AlumniNetworkError('Failed to fetch');
const keysOf = (calls: { context: { idempotencyKey?: string } }[]) =>
  calls.map((call) => call.context.idempotencyKey);

describe('<alumni-signup> submission', () => {
  afterEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', location.pathname);
  });

  it('sends the signup, fires alumni-signup-submitted with the server’s answer and shows the thank-you', async () => {
    const { backend, calls } = recordingBackend();
    const signup = await defaultSignup(backend);
    await fill(signup, { ...VALID_ALUMNI, joinedOn: '2015-04', leftOn: '2024-03', interests: ['returning'] });
    const submitted = oneEvent(document, 'alumni-signup-submitted');
    part(signup, 'submit').click();
    const event = await submitted;
    await settled(signup);

    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.member).to.include({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      joinedOn: '2015-04',
    });
    expect(calls[0]?.input.body).to.deep.include({
      mode: 'alumni',
      interests: ['returning'],
      consent: { accepted: true, privacyPolicyVersion: '2026-04' },
    });
    expect(calls[0]?.input.body.antiSpam?.fillTimeMs).to.be.a('number');
    expect(calls[0]?.input.body.antiSpam?.honeypot).to.equal(undefined);
    expect(part(signup, 'success').textContent).to.contain('Welcome, Ada Lovelace!');
    expect(focused(signup)).to.equal(part(signup, 'success'));
  });

  it('sends nothing while a field breaks the contract: inline errors, a summary, focus on the first', async () => {
    const { backend, calls } = recordingBackend();
    const signup = await defaultSignup(backend);
    await fill(signup, { email: 'ada@example', profileUrl: 'javascript:alert(1)' });
    await submit(signup);

    expect(calls).to.have.length(0);
    expect(signup.state).to.equal('invalid');
    expect(control(signup, 'name').error).to.equal(ruleMessage('required', 'en'));
    expect(control(signup, 'email').error).to.equal(ruleMessage('invalid_email', 'en'));
    expect(control(signup, 'profileUrl').error).to.equal(ruleMessage('invalid_url', 'en'));
    expect(control(signup, 'consent.accepted').error).to.equal(ruleMessage('must_accept', 'en'));
    expect(focused(signup)).to.equal(control(signup, 'name').querySelector('input'));

    const links = [...part(signup, 'error-summary').querySelectorAll('a')];
    expect(links.map((link) => link.textContent?.trim())).to.deep.equal([
      `Full name: ${ruleMessage('required', 'en')}`,
      `E-mail address: ${ruleMessage('invalid_email', 'en')}`,
      `Profile link: ${ruleMessage('invalid_url', 'en')}`,
      `I agree that my details are used to run the alumni network: ${ruleMessage('must_accept', 'en')}`,
    ]);
    expect(part(signup, 'error-summary').closest('[role="status"]')).not.to.equal(null);
    links[1]?.click();
    expect(focused(signup)).to.equal(control(signup, 'email').querySelector('input'));
  });

  it('a corrected field loses its error as soon as the contract accepts it', async () => {
    const signup = await defaultSignup(recordingBackend().backend);
    await fill(signup, { email: 'ada@' });
    await submit(signup);
    await fill(signup, { email: 'ada@example' });
    expect(control(signup, 'email').error).to.equal(ruleMessage('invalid_email', 'en'));
    await fill(signup, { email: 'ada@example.com' });
    expect(control(signup, 'email').error).to.equal('');
    expect(control(signup, 'name').error).to.equal(ruleMessage('required', 'en'));
  });

  it('says what is wrong in Japanese when the element speaks Japanese', async () => {
    const signup = await defaultSignup(recordingBackend().backend, 'ja');
    await submit(signup);
    expect(control(signup, 'name').error).to.equal(ruleMessage('required', 'ja'));
    expect(part(signup, 'error-summary').textContent).to.contain('入力内容を確認してください');
  });

  it('shows the server’s field errors on their fields, and sends a corrected form with a new key', async () => {
    const rejected = new AlumniApiError(
      createProblem({
        status: 400,
        code: 'validation_failed',
        errors: [fieldError(['email'], 'invalid_email', 'en')],
      }),
    );
    const { backend, calls } = recordingBackend([rejected]);
    const signup = await defaultSignup(backend);
    await fill(signup, VALID_ALUMNI);
    await submit(signup);
    expect(signup.state).to.equal('invalid');
    expect(control(signup, 'email').error).to.equal(ruleMessage('invalid_email', 'en'));
    expect(focused(signup)).to.equal(control(signup, 'email').querySelector('input'));

    await fill(signup, { email: 'ada.lovelace@example.com' });
    await submit(signup);
    expect(signup.state).to.equal('success');
    const [first, second] = keysOf(calls);
    expect(second).not.to.equal(first);
  });

  it('an answer lost on the way back: values stay, and the retry reuses the key, so one member is created', async () => {
    const { backend, calls } = recordingBackend([{ lost: networkError() }]);
    const signup = await defaultSignup(backend);
    await fill(signup, VALID_ALUMNI);
    const failed = oneEvent(signup, 'alumni-signup-failed');
    part(signup, 'submit').click();
    expect((await failed).detail.error).to.be.instanceOf(AlumniNetworkError);
    await settled(signup);

    expect(signup.state).to.equal('offline');
    expect(control(signup, 'name').value).to.equal('Ada Lovelace');
    expect(part(signup, 'message').textContent).to.contain('your answers are kept');
    expect(part(signup, 'submit').textContent?.trim()).to.equal('Try again');

    await submit(signup);
    // With a new key, the backend would answer 409 already_member: the member exists since the first attempt.
    expect(signup.state).to.equal('success');
    expect(calls).to.have.length(2);
    const [first, second] = keysOf(calls);
    expect(first).to.be.a('string');
    expect(second).to.equal(first);
    expect(calls[1]?.input.body).to.deep.equal(calls[0]?.input.body);
  });

  it('a server error: a retry message, then the same key again', async () => {
    const serverError = new AlumniApiError(createProblem({ status: 503, code: 'internal_error' }));
    const { backend, calls } = recordingBackend([serverError]);
    const signup = await defaultSignup(backend);
    await fill(signup, VALID_ALUMNI);
    await submit(signup);
    expect(signup.state).to.equal('server-error');
    expect(part(signup, 'message').textContent).to.contain('try again');
    await submit(signup);
    expect(signup.state).to.equal('success');
    expect(new Set(keysOf(calls)).size).to.equal(1);
  });

  it('a value changed after a failure makes a new submission with a new key', async () => {
    const { backend, calls } = recordingBackend([networkError()]);
    const signup = await defaultSignup(backend);
    await fill(signup, VALID_ALUMNI);
    await submit(signup);
    await fill(signup, { name: 'Augusta Ada King' });
    await submit(signup);
    expect(signup.state).to.equal('success');
    const [first, second] = keysOf(calls);
    expect(second).not.to.equal(first);
  });

  it('a double click submits once', async () => {
    const hold = deferred();
    const { backend, calls } = recordingBackend([{ hold: hold.promise }]);
    const signup = await defaultSignup(backend);
    await fill(signup, VALID_ALUMNI);
    const button = part(signup, 'submit');
    button.click();
    button.click();
    await signup.updateComplete;
    expect(signup.state).to.equal('submitting');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    button.click();
    hold.release();
    await settled(signup);
    expect(calls).to.have.length(1);
    expect(signup.state).to.equal('success');
  });

  it('an e-mail already in the network is a friendly message, and alumni-signup-failed carries the problem', async () => {
    const signup = await defaultSignup(recordingBackend().backend);
    await fill(signup, { ...VALID_ALUMNI, email: DEMO_IDS.members.alumna.email });
    const failed = oneEvent(signup, 'alumni-signup-failed');
    part(signup, 'submit').click();
    const event = await failed;
    await settled(signup);
    expect(event.detail.problem?.code).to.equal('already_member');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(signup.state).to.equal('already-member');
    expect(part(signup, 'message').part.contains('notice')).to.equal(true);
    expect(part(signup, 'message').textContent).to.contain('You are already a member');
  });

  it('accepts the invitation of ?invite= and sends the utm_* campaign as the source', async () => {
    history.replaceState(
      null,
      '',
      `?invite=${DEMO_IDS.invitations.sent}&utm_source=newsletter&utm_campaign=reunion`,
    );
    const { backend, calls } = recordingBackend();
    const signup = await defaultSignup(backend);
    await fill(signup, VALID_ALUMNI);
    const submitted = oneEvent(signup, 'alumni-signup-submitted');
    part(signup, 'submit').click();
    expect((await submitted).detail.invitationAccepted).to.equal(true);
    expect(calls[0]?.input.body).to.deep.include({
      invitationToken: DEMO_IDS.invitations.sent,
      source: { source: 'newsletter', campaign: 'reunion' },
    });
  });

  it('prefers the invitation and source attributes to the URL', async () => {
    history.replaceState(null, '', '?invite=inv_from_url&utm_source=newsletter');
    const { backend, calls } = recordingBackend();
    const signup = await signupFixture(
      html`<alumni-signup
        privacy-version="2026-04"
        invitation=${DEMO_IDS.invitations.alsoSent}
        source="career-site"
        .backend=${backend}
      ></alumni-signup>`,
    );
    await fill(signup, VALID_ALUMNI);
    await submit(signup);
    expect(calls[0]?.input.body).to.deep.include({
      invitationToken: DEMO_IDS.invitations.alsoSent,
      source: { source: 'career-site' },
    });
  });

  for (const mode of ['alumni', 'employee'] as const) {
    it(`marks as required exactly the ${mode} fields the contract requires`, async () => {
      const signup = await signupFixture(
        html`<alumni-signup mode=${mode} .backend=${recordingBackend().backend}></alumni-signup>`,
      );
      const empty = { mode, consent: { privacyPolicyVersion: '2026-04' }, antiSpam: { fillTimeMs: 0 } };
      const result = validate(SignupRequest, empty);
      const contractRequired = result.ok ? [] : result.errors.map((error) => error.path);
      const controls = [...(part(signup, 'form') as HTMLFormElement).elements].filter(
        (element): element is FormControl<unknown> => element instanceof FormControl,
      );
      const marked = controls.filter((control) => control.required).map((control) => control.name);
      const names = controls.map((control) => control.name);
      expect(marked.sort()).to.deep.equal(contractRequired.filter((path) => names.includes(path)).sort());
    });
  }

  it('leaves out an invitation or campaign the contract refuses, rather than blocking the signup', async () => {
    history.replaceState(null, '', `?invite=a%0Ab&utm_source=${'x'.repeat(201)}&utm_medium=email`);
    const { backend, calls } = recordingBackend();
    const signup = await defaultSignup(backend);
    await fill(signup, VALID_ALUMNI);
    await submit(signup);
    expect(signup.state).to.equal('success');
    expect(calls).to.have.length(1);
    expect(calls[0]?.input.body).to.not.have.any.keys('invitationToken', 'source');
  });

  it('employee mode: the member token fills in name and work e-mail; a personal e-mail is asked for', async () => {
    const token = createUnsignedMemberToken({
      sub: 'acme-9001',
      email: 'grace.hopper@corp.example.com',
      name: 'Grace Hopper',
    });
    const { backend, calls } = recordingBackend();
    const signup = await signupFixture(
      html`<alumni-signup
        mode="employee"
        member-token=${token}
        privacy-version="2026-04"
        .backend=${backend}
      ></alumni-signup>`,
    );
    // The token is read by the form rules, which load on first use.
    await waitUntil(() => control(signup, 'name').value !== '', 'the token did not fill in the name');
    expect(control(signup, 'name').value).to.equal('Grace Hopper');
    expect(control(signup, 'workEmail').value).to.equal('grace.hopper@corp.example.com');
    expect(control(signup, 'personalEmail').required).to.equal(true);
    expect(control(signup, 'interests').querySelectorAll('input')).to.have.length(5);

    await fill(signup, { personalEmail: 'grace.hopper@corp.example.com', 'consent.accepted': true });
    await submit(signup);
    expect(control(signup, 'personalEmail').error).to.equal(ruleMessage('personal_email_differs', 'en'));

    await fill(signup, { personalEmail: 'grace@example.net', startDate: '2026-04-01' });
    await submit(signup);
    expect(signup.state).to.equal('success');
    expect(calls).to.have.length(1);
    expect(calls[0]?.input.body).to.deep.include({
      mode: 'employee',
      workEmail: 'grace.hopper@corp.example.com',
    });
    expect(calls[0]?.context.memberToken).to.equal(token);
  });

  it('a draft comes back after a reload, with its pending submission, and is gone after success', async () => {
    const { backend, calls } = recordingBackend([networkError()]);
    const first = await defaultSignup(backend);
    await fill(first, { ...VALID_ALUMNI, interests: ['mentoring', 'events'], joinedOn: '2012-10' });
    await submit(first);
    expect(first.state).to.equal('offline');
    first.remove();

    const reloaded = await defaultSignup(backend);
    expect(control(reloaded, 'name').value).to.equal('Ada Lovelace');
    expect(control(reloaded, 'interests').value).to.deep.equal(['mentoring', 'events']);
    expect(control(reloaded, 'joinedOn').value).to.equal('2012-10');
    expect(control(reloaded, 'consent.accepted').value).to.equal(true);
    expect(localStorage.length).to.equal(0);

    await submit(reloaded);
    expect(reloaded.state).to.equal('success');
    const [firstKey, secondKey] = keysOf(calls);
    expect(secondKey).to.equal(firstKey);
    expect(sessionStorage.length).to.equal(0);
  });

  it('a draft holds what was typed even before any submit', async () => {
    const first = await defaultSignup(recordingBackend().backend);
    await fill(first, { name: '山田 太郎', department: '営業部' });
    first.remove();
    const reloaded = await defaultSignup(recordingBackend().backend);
    expect(control(reloaded, 'name').value).to.equal('山田 太郎');
    expect(control(reloaded, 'department').value).to.equal('営業部');
    expect(control(reloaded, 'email').value).to.equal('');
  });

  it('types the body it sends as the contract’s SignupRequest', async () => {
    const { backend, calls } = recordingBackend();
    const signup = await defaultSignup(backend);
    await fill(signup, VALID_ALUMNI);
    await submit(signup);
    const body: SignupRequest | undefined = calls[0]?.input.body;
    expect(body?.mode).to.equal('alumni');
  });
});
