import { createUnsignedMemberToken, DEMO_IDS } from '@alumni-kit/client/memory-backend';
import { ruleMessage, SignupRequest, validate } from '@alumni-kit/contract';
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { control, fill, focused, part, settled, submit } from '../../test/helpers/form.ts';
import { sendingTests } from '../../test/helpers/sending-suite.ts';
import { VALID_ALUMNI, defaultSignup, recordingBackend, signupFixture } from '../../test/helpers/signup.ts';
import { FormControl } from '../form-kit/form-control.ts';

describe('<alumni-signup> submission', () => {
  afterEach(() => {
    sessionStorage.clear();
    history.replaceState(null, '', location.pathname);
  });

  sendingTests({
    made: 'member',
    mount: defaultSignup,
    record: recordingBackend,
    valid: { ...VALID_ALUMNI, interests: ['mentoring', 'events'], joinedOn: '2012-10' },
    changed: { name: 'Augusta Ada King' },
    failedEvent: 'alumni-signup-failed',
    serverFieldError: { path: ['email'], name: 'email', fixed: 'ada.lovelace@example.com' },
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
