import { expect } from '@open-wc/testing';
import { control, fill, networkError, serverError, submit } from '../../test/helpers/form.ts';
import { VALID, defaultReferral, recordingBackend } from '../../test/helpers/referral.ts';

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
    const logged = await consoleDuring(async () => {
      const { backend } = recordingBackend([serverError(), networkError()]);
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
