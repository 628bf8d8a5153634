import { AlumniApiError, AlumniNetworkError } from '@alumni-kit/client';
import { DEMO_IDS } from '@alumni-kit/client/memory-backend';
import { createProblem } from '@alumni-kit/contract';
import { expect } from '@open-wc/testing';
import {
  VALID,
  control,
  defaultReferral,
  fill,
  recordingBackend,
  submit,
} from '../../test/helpers/referral.ts';

const networkError = () => new AlumniNetworkError('Failed to fetch');
const CONSOLE = ['log', 'info', 'debug', 'warn', 'error', 'trace', 'dir', 'table'] as const;

/** Every console call while `action` runs. */
async function consoleDuring(action: () => Promise<void>): Promise<unknown[][]> {
  const calls: unknown[][] = [];
  const originals = CONSOLE.map((level) => [level, console[level]] as const);
  for (const level of CONSOLE) console[level] = (...args: unknown[]) => void calls.push(args);
  try {
    await action();
  } finally {
    for (const [level, original] of originals) console[level] = original as never;
  }
  return calls;
}

describe('<alumni-referral-form> and the candidate’s data', () => {
  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('a draft comes back after a reload, with its pending submission, and is gone after success', async () => {
    const { backend, calls } = recordingBackend([networkError()]);
    const first = await defaultReferral(backend);
    await fill(first, { ...VALID, roleId: DEMO_IDS.roles.dataScientist, note: 'ブリリアント' });
    await submit(first);
    expect(first.state).to.equal('offline');
    first.remove();

    const reloaded = await defaultReferral(backend);
    expect(control(reloaded, 'candidate.name').value).to.equal('Grace Hopper');
    expect(control(reloaded, 'candidate.email').value).to.equal('grace.hopper@example.org');
    expect(control(reloaded, 'roleId').value).to.equal(DEMO_IDS.roles.dataScientist);
    expect(control(reloaded, 'knownFor').value).to.equal('3-5-years');
    expect(control(reloaded, 'note').value).to.equal('ブリリアント');
    expect(control(reloaded, 'candidateConsent').value).to.equal(true);
    expect(localStorage.length).to.equal(0);

    await submit(reloaded);
    expect(reloaded.state).to.equal('success');
    expect(calls[1]?.context.idempotencyKey).to.equal(calls[0]?.context.idempotencyKey);
    expect(sessionStorage.length).to.equal(0);
  });

  it('keeps the draft in sessionStorage only, from the first keystroke', async () => {
    const first = await defaultReferral(recordingBackend().backend);
    await fill(first, { 'candidate.name': '山田 花子', 'candidate.email': 'hanako@example.jp' });
    expect(localStorage.length).to.equal(0);
    expect(JSON.stringify({ ...sessionStorage })).to.contain('hanako@example.jp');
    first.remove();

    const reloaded = await defaultReferral(recordingBackend().backend);
    expect(control(reloaded, 'candidate.name').value).to.equal('山田 花子');
    expect(control(reloaded, 'referrer.name').value).to.equal('');
  });

  it('writes nothing to the console, whatever the answer: no value of the candidate is ever logged', async () => {
    const serverError = new AlumniApiError(createProblem({ status: 503, code: 'internal_error' }));
    const logged = await consoleDuring(async () => {
      const { backend } = recordingBackend([serverError, networkError()]);
      const form = await defaultReferral(backend);
      await fill(form, VALID);
      await submit(form);
      expect(form.state).to.equal('server-error');
      await submit(form);
      expect(form.state).to.equal('offline');
      await submit(form);
      expect(form.state).to.equal('success');

      // The same candidate for the same role once more: a duplicate.
      form.remove();
      const again = await defaultReferral(backend);
      await fill(again, VALID);
      await submit(again);
      expect(again.state).to.equal('duplicate');
    });
    expect(logged).to.deep.equal([]);
  });
});
