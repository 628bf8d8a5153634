import { AlumniNetworkError } from '@alumni-kit/client';
import { DEMO_IDS } from '@alumni-kit/client/memory-backend';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { control, deferred, fill, focused, left, part, settled, submit } from '../../test/helpers/form.ts';
import { VALID, defaultReferral, recordingBackend } from '../../test/helpers/referral.ts';
import type { AlumniReferralForm } from './alumni-referral-form.ts';
import { GENERAL_REFERRAL } from './role-picker.ts';

const picker = (form: AlumniReferralForm) => control(form, 'roleId');
const search = (form: AlumniReferralForm) => part(form, 'search').querySelector('input') as HTMLInputElement;
const shownTitles = (form: AlumniReferralForm) =>
  [...picker(form).querySelectorAll('[part~="role-title"]')].map((title) => title.textContent);

/** Types into the search box as a person would, from the keyboard. */
async function searchFor(form: AlumniReferralForm, text: string): Promise<void> {
  search(form).focus();
  search(form).select();
  await sendKeys({ type: text });
  await form.updateComplete;
  await picker(form).updateComplete;
}

describe('<alumni-referral-form> role picker', () => {
  afterEach(() => sessionStorage.clear());

  it('the search narrows the roles to those matching every word, and says how many match', async () => {
    const form = await defaultReferral(recordingBackend().backend);
    expect(part(form, 'status').textContent).to.equal('4 open roles');
    expect(search(form).labels?.[0]?.textContent).to.equal('Search roles');

    await searchFor(form, 'london design');
    expect(shownTitles(form)).to.deep.equal(['General referral', 'Product designer, design systems']);
    expect(part(form, 'status').textContent).to.equal('1 of 4 roles match');
    expect(part(form, 'status').getAttribute('role')).to.equal('status');

    await searchFor(form, 'ＥＮＧＩＮＥＥＲ');
    expect(shownTitles(form)).to.deep.equal(['General referral', 'Senior backend engineer (Go)']);

    await searchFor(form, '大阪');
    expect(shownTitles(form)).to.deep.equal(['General referral', 'カスタマーサクセス マネージャー']);

    await searchFor(form, 'astronaut');
    expect(shownTitles(form)).to.deep.equal(['General referral']);
    expect(part(form, 'status').textContent).to.contain('No open role matches');
  });

  it('keeps the chosen role in the list whatever the search', async () => {
    const form = await defaultReferral(recordingBackend().backend);
    await fill(form, { roleId: DEMO_IDS.roles.dataScientist });
    await searchFor(form, 'tokyo');
    expect(shownTitles(form)).to.deep.equal([
      'General referral',
      'Senior backend engineer (Go)',
      'Data scientist, people analytics',
    ]);
    expect(
      (picker(form).querySelector('input:checked') as HTMLInputElement).labels?.[0]?.textContent,
    ).to.contain('Data scientist');
  });

  it('searching is not answering: Enter does not send, and a pending submission keeps its key', async () => {
    const { backend, calls } = recordingBackend([new AlumniNetworkError('Failed to fetch')]);
    const form = await defaultReferral(backend);
    await fill(form, VALID);
    await submit(form);
    expect(form.state).to.equal('offline');

    await searchFor(form, 'design');
    await sendKeys({ press: 'Enter' });
    await form.updateComplete;
    expect(calls).to.have.length(1);
    expect(form.state).to.equal('offline');

    await submit(form);
    expect(form.state).to.equal('success');
    expect(calls[1]?.context.idempotencyKey).to.equal(calls[0]?.context.idempotencyKey);
  });

  it('arrow keys move between the radios and choose the role', async () => {
    const form = await defaultReferral(recordingBackend().backend);
    await searchFor(form, 'remote');
    expect(shownTitles(form)).to.deep.equal([
      'General referral',
      'Product designer, design systems',
      'Data scientist, people analytics',
    ]);
    await sendKeys({ press: 'Tab' });
    expect(focused(form)?.id).to.equal('field-roleId');
    await sendKeys({ press: 'ArrowDown' });
    expect(picker(form).value).to.equal(DEMO_IDS.roles.productDesigner);
    await sendKeys({ press: 'ArrowUp' });
    expect(picker(form).value).to.equal(GENERAL_REFERRAL);
  });

  it('when the roles cannot be loaded, a general referral still works, and the roles load again on demand', async () => {
    const { backend, calls, roleLoads } = recordingBackend([], [new AlumniNetworkError('Failed to fetch')]);
    const form = await defaultReferral(backend);
    expect(form.state).to.equal('roles-failed');
    expect(part(form, 'status').textContent).to.contain('could not be loaded');
    expect(part(form, 'search')).to.equal(null);
    expect(shownTitles(form)).to.deep.equal(['General referral']);

    part(form, 'retry').click();
    expect(focused(form)?.id).to.equal('field-roleId');
    await left(form, 'loading-roles');
    expect(form.state).to.equal('idle');
    expect(roleLoads).to.have.length(2);
    expect(shownTitles(form)).to.have.length(5);
    expect(part(form, 'retry')).to.equal(null);

    await fill(form, { ...VALID, roleId: GENERAL_REFERRAL });
    await submit(form);
    await settled(form);
    expect(form.state).to.equal('success');
    expect(calls[0]?.input.body.roleId).to.equal(null);
  });

  it('loads the roles again when it is moved in the page while they load, or given another backend', async () => {
    const hold = deferred();
    const { backend, roleLoads } = recordingBackend([], [{ hold: hold.promise }]);
    const form = await fixture<AlumniReferralForm>(
      html`<alumni-referral-form .backend=${backend}></alumni-referral-form>`,
    );
    expect(form.state).to.equal('loading-roles');
    const parent = form.parentElement as HTMLElement;
    form.remove();
    parent.append(form);
    await left(form, 'loading-roles');
    hold.release();
    expect(roleLoads).to.have.length(2);
    expect(shownTitles(form)).to.have.length(5);

    const other = recordingBackend();
    form.backend = { ...other.backend, listRoles: async () => ({ items: [] }) };
    await form.updateComplete;
    await left(form, 'loading-roles');
    expect(shownTitles(form)).to.deep.equal(['General referral']);
  });

  it('says when no role is open at all', async () => {
    const { backend } = recordingBackend();
    const form = await defaultReferral({ ...backend, listRoles: async () => ({ items: [] }) });
    expect(shownTitles(form)).to.deep.equal(['General referral']);
    expect(part(form, 'status').textContent).to.contain('No role is open at the moment');
  });
});
