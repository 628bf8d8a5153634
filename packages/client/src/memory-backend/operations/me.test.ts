import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PreferencesInput } from '@alumni-kit/contract';
import { DEMO_IDS } from '@alumni-kit/contract/demo';
import { alumniSignup, asMember, assertProblem, createTestBackend, en, fieldCodes } from '../test-helpers.ts';

const { alumna, employee } = DEMO_IDS.members;

describe('getMe', () => {
  it('finds the member by the e-mail of the token, personal or work', async () => {
    const { backend } = createTestBackend();
    const me = await backend.getMe({}, asMember(alumna));
    assert.equal(me.member.id, alumna.id);
    assert.deepEqual(me.preferences, { cadence: 'quarterly', topics: ['events', 'learning'], paused: false });
    const atWork = await backend.getMe({}, asMember({ ...employee, email: employee.workEmail }));
    assert.equal(atWork.member.id, employee.id);
  });

  it('gives a new member the default preferences', async () => {
    const { backend } = createTestBackend();
    const { member } = await backend.createSignup({ body: alumniSignup() }, en);
    const me = await backend.getMe({}, asMember({ sub: 'new-1', email: member.email, name: member.name }));
    assert.deepEqual(me.preferences, { cadence: 'monthly', topics: ['events'], paused: false });
  });

  it('needs a member token (401) of a member (404)', async () => {
    const { backend } = createTestBackend();
    await assertProblem(backend.getMe({}, en), 401, 'unauthorized');
    const stranger = asMember({ sub: 'x-1', email: 'stranger@example.com', name: 'Stranger' });
    await assertProblem(backend.getMe({}, stranger), 404, 'not_found');
  });
});

describe('updatePreferences', () => {
  it('stores the preferences and answers with them', async () => {
    const { backend } = createTestBackend();
    const member = asMember(alumna);
    const body: PreferencesInput = { cadence: 'events-only', topics: ['jobs'] };
    assert.deepEqual(await backend.updatePreferences({ body }, member), { ...body, paused: false });
    assert.deepEqual((await backend.getMe({}, member)).preferences, { ...body, paused: false });
  });

  it('needs a member token, and valid preferences', async () => {
    const { backend } = createTestBackend();
    const body: PreferencesInput = { cadence: 'none', topics: [] };
    await assertProblem(backend.updatePreferences({ body }, en), 401, 'unauthorized');
    const invalid = { cadence: 'daily', topics: ['jobs', 'jobs'] } as unknown as PreferencesInput;
    const problem = await assertProblem(
      backend.updatePreferences({ body: invalid }, asMember(alumna)),
      400,
      'validation_failed',
    );
    assert.deepEqual(fieldCodes(problem).sort(), ['cadence: invalid_value', 'topics: unique']);
  });
});
