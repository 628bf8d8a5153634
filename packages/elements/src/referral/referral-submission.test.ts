import { createMemoryBackend, createUnsignedMemberToken, DEMO_IDS } from '@alumni-kit/client/memory-backend';
import { ReferralRequest, ruleMessage, validate } from '@alumni-kit/contract';
import { expect, html, oneEvent } from '@open-wc/testing';
import { control, fill, focused, part, settled, submit } from '../../test/helpers/form.ts';
import { VALID, defaultReferral, recordingBackend, referralFixture } from '../../test/helpers/referral.ts';
import { sendingTests } from '../../test/helpers/sending-suite.ts';
import { FormControl } from '../form-kit/form-control.ts';
import type { AlumniReferralForm } from './alumni-referral-form.ts';
import { GENERAL_REFERRAL } from './role-picker.ts';

/** `VALID` without the controls `names`. */
const validWithout = (...names: string[]) =>
  Object.fromEntries(Object.entries(VALID).filter(([name]) => !names.includes(name)));

const controlsOf = (form: AlumniReferralForm) =>
  [...(part(form, 'form') as HTMLFormElement).elements].filter(
    (element): element is FormControl<unknown> => element instanceof FormControl,
  );

describe('<alumni-referral-form> submission', () => {
  afterEach(() => sessionStorage.clear());

  sendingTests({
    made: 'referral',
    mount: defaultReferral,
    record: recordingBackend,
    valid: { ...VALID, roleId: DEMO_IDS.roles.dataScientist, note: 'ブリリアント' },
    changed: { 'candidate.name': 'Grace Brewster Hopper' },
    failedEvent: 'alumni-referral-failed',
    serverFieldError: { path: ['candidate', 'email'], name: 'candidate.email', fixed: 'grace@example.net' },
  });

  it('sends the referral, fires alumni-referral-submitted with the server’s answer and says what happens next', async () => {
    const { backend, calls } = recordingBackend();
    const form = await defaultReferral(backend);
    await fill(form, {
      ...VALID,
      'candidate.profileUrl': 'https://www.linkedin.com/in/grace-hopper',
      note: 'She wrote the first compiler.',
    });
    const submitted = oneEvent(document, 'alumni-referral-submitted');
    part(form, 'submit').click();
    const event = await submitted;
    await settled(form);

    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.include({
      roleId: DEMO_IDS.roles.backendEngineer,
      status: 'received',
      candidateNotified: true,
    });
    const { antiSpam, ...body } = calls[0]?.input.body ?? ({} as ReferralRequest);
    expect(body).to.deep.equal({
      referrer: { name: 'Ada Lovelace', email: 'ada@example.com' },
      roleId: DEMO_IDS.roles.backendEngineer,
      candidate: {
        name: 'Grace Hopper',
        email: 'grace.hopper@example.org',
        profileUrl: 'https://www.linkedin.com/in/grace-hopper',
      },
      relationship: 'former-colleague',
      knownFor: '3-5-years',
      note: 'She wrote the first compiler.',
      candidateConsent: true,
    });
    expect(antiSpam?.fillTimeMs).to.be.a('number');
    expect(antiSpam?.honeypot).to.equal(undefined);
    const success = part(form, 'success');
    expect(success.textContent).to.contain(
      'You referred Grace Hopper for the role Senior backend engineer (Go).',
    );
    expect(success.textContent).to.contain('What happens next');
    expect(success.textContent).to.contain('We have e-mailed Grace Hopper');
    expect(focused(form)).to.equal(success);
  });

  it('a general referral sends no role (roleId null)', async () => {
    const { backend, calls } = recordingBackend();
    const form = await defaultReferral(backend);
    await fill(form, { ...VALID, roleId: GENERAL_REFERRAL });
    await submit(form);
    expect(form.state).to.equal('success');
    expect(calls[0]?.input.body.roleId).to.equal(null);
    expect(part(form, 'success').textContent).to.contain('You referred Grace Hopper in general.');
  });

  it('sends nothing while a field breaks the contract: inline errors, a summary, focus on the first', async () => {
    const { backend, calls } = recordingBackend();
    const form = await defaultReferral(backend);
    await fill(form, { 'candidate.email': 'grace@example', 'candidate.profileUrl': 'javascript:alert(1)' });
    await submit(form);

    expect(calls).to.have.length(0);
    expect(form.state).to.equal('invalid');
    const errors = Object.fromEntries(controlsOf(form).map((field) => [field.name, field.error]));
    expect(errors).to.deep.equal({
      'referrer.name': ruleMessage('required', 'en'),
      'referrer.email': ruleMessage('required', 'en'),
      roleId: ruleMessage('required', 'en'),
      'candidate.name': ruleMessage('required', 'en'),
      'candidate.email': ruleMessage('invalid_email', 'en'),
      'candidate.profileUrl': ruleMessage('invalid_url', 'en'),
      relationship: ruleMessage('required', 'en'),
      knownFor: ruleMessage('required', 'en'),
      note: '',
      candidateConsent: ruleMessage('must_accept', 'en'),
    });
    expect(focused(form)).to.equal(control(form, 'referrer.name').querySelector('input'));

    const links = [...part(form, 'error-summary').querySelectorAll('a')];
    expect(links).to.have.length(9);
    expect(links[2]?.textContent?.trim()).to.equal(
      `Which role are you referring them for?: ${ruleMessage('required', 'en')}`,
    );
    links[2]?.click();
    expect(focused(form)).to.equal(control(form, 'roleId').querySelector('[part~="radio"]'));
  });

  it('says what is wrong in Japanese when the element speaks Japanese', async () => {
    const form = await defaultReferral(recordingBackend().backend, 'ja');
    await submit(form);
    expect(control(form, 'candidate.name').error).to.equal(ruleMessage('required', 'ja'));
    expect(control(form, 'candidateConsent').error).to.equal(ruleMessage('must_accept', 'ja'));
    expect(part(form, 'error-summary').textContent).to.contain('入力内容を確認してください');
  });

  it('a corrected field loses its error as soon as the contract accepts it', async () => {
    const form = await defaultReferral(recordingBackend().backend);
    await fill(form, { 'candidate.email': 'grace@' });
    await submit(form);
    await fill(form, { 'candidate.email': 'grace@example.org' });
    expect(control(form, 'candidate.email').error).to.equal('');
    await fill(form, { roleId: GENERAL_REFERRAL });
    expect(control(form, 'roleId').error).to.equal('');
    expect(control(form, 'candidate.name').error).to.equal(ruleMessage('required', 'en'));
  });

  for (const member of [false, true]) {
    it(`marks as required exactly the fields the contract requires (${member ? 'with' : 'without'} a member token)`, async () => {
      const token = createUnsignedMemberToken({ sub: 'a1', email: 'ada@example.com', name: 'Ada' });
      const form = await referralFixture(
        html`<alumni-referral-form
          member-token=${member ? token : ''}
          .backend=${recordingBackend().backend}
        ></alumni-referral-form>`,
      );
      const empty = { ...(member ? {} : { referrer: {} }), candidate: {} };
      const result = validate(ReferralRequest, empty);
      const contractRequired = result.ok ? [] : result.errors.map((error) => error.path);
      const names = controlsOf(form).map((field) => field.name);
      const marked = controlsOf(form)
        .filter((field) => field.required)
        .map((field) => field.name);
      expect(marked.sort()).to.deep.equal(contractRequired.filter((path) => names.includes(path)).sort());
      expect(names.includes('referrer.name')).to.equal(!member);
    });
  }

  it('with a member token, asks no name or e-mail and refers as the token’s holder', async () => {
    const token = createUnsignedMemberToken({
      sub: 'acme-9001',
      email: 'katherine.johnson@example.com',
      name: 'Katherine Johnson',
    });
    const { backend, calls } = recordingBackend();
    const form = await referralFixture(
      html`<alumni-referral-form member-token=${token} .backend=${backend}></alumni-referral-form>`,
    );
    expect(control(form, 'referrer.name')).to.equal(null);
    expect(part(form, 'form').textContent).to.contain('You are referring with your signed-in account.');
    await fill(form, validWithout('referrer.name', 'referrer.email'));
    await submit(form);
    expect(form.state).to.equal('success');
    expect(calls[0]?.context.memberToken).to.equal(token);
    expect(calls[0]?.input.body).not.to.have.property('referrer');
  });

  it('role-id gives the role: no picker, its title shown, its id sent', async () => {
    const { backend, calls } = recordingBackend();
    const form = await referralFixture(
      html`<alumni-referral-form
        role-id=${DEMO_IDS.roles.productDesigner}
        .backend=${backend}
      ></alumni-referral-form>`,
    );
    expect(control(form, 'roleId')).to.equal(null);
    expect(part(form, 'preset-role').textContent).to.contain('Product designer, design systems');
    await fill(form, validWithout('roleId'));
    await submit(form);
    expect(form.state).to.equal('success');
    expect(calls[0]?.input.body.roleId).to.equal(DEMO_IDS.roles.productDesigner);
  });

  it('role-id of a role no longer open: a note, and the picker to choose another', async () => {
    const { backend, calls } = recordingBackend();
    const form = await referralFixture(
      html`<alumni-referral-form
        role-id=${DEMO_IDS.roles.closed}
        .backend=${backend}
      ></alumni-referral-form>`,
    );
    expect(part(form, 'notice').textContent).to.contain('no longer open');
    await fill(form, { ...VALID, roleId: DEMO_IDS.roles.dataScientist });
    await submit(form);
    expect(calls[0]?.input.body.roleId).to.equal(DEMO_IDS.roles.dataScientist);
  });

  it('the same candidate for the same role is a friendly note, and alumni-referral-failed carries the problem', async () => {
    const { backend, referredBefore } = recordingBackend();
    await referredBefore();
    const form = await defaultReferral(backend);
    await fill(form, VALID);
    const failed = oneEvent(form, 'alumni-referral-failed');
    part(form, 'submit').click();
    const event = await failed;
    await settled(form);
    expect(event.detail.problem?.code).to.equal('duplicate_referral');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(form.state).to.equal('duplicate');
    expect(part(form, 'message').part.contains('notice')).to.equal(true);
    expect(part(form, 'message').textContent).to.contain('Already referred');
    expect(part(form, 'alert')).to.equal(null);
    expect(part(form, 'submit').textContent?.trim()).to.equal('Send the referral');
  });

  it('types the body it sends as the contract’s ReferralRequest', async () => {
    const { backend, calls } = recordingBackend();
    const form = await defaultReferral(backend);
    await fill(form, VALID);
    await submit(form);
    const body: ReferralRequest | undefined = calls[0]?.input.body;
    expect(body?.candidateConsent).to.equal(true);
  });

  it('offers the general referral, then the backend’s open roles in its order, loaded once', async () => {
    const { backend, roleLoads } = recordingBackend();
    const form = await defaultReferral(backend);
    const open = (await createMemoryBackend().listRoles({}, { locale: 'en' })).items;
    const titles = [...control(form, 'roleId').querySelectorAll('[part~="role-title"]')].map(
      (title) => title.textContent,
    );
    expect(titles).to.deep.equal(['General referral', ...open.map((role) => role.title)]);
    expect(titles).not.to.include('Sales lead, EMEA');
    expect(roleLoads).to.have.length(1);
  });
});
