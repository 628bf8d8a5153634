import { AlumniApiError, AlumniNetworkError } from '@alumni-kit/client';
import { createProblem, fieldError, ruleMessage } from '@alumni-kit/contract';
import { expect, oneEvent } from '@open-wc/testing';
import {
  control,
  deferred,
  fill,
  focused,
  keysOf,
  networkError,
  part,
  serverError,
  settled,
  submit,
  type FormElement,
  type Step,
} from './form.ts';

/** A form element, as the sending tests drive it. */
export interface SendingSubject<B> {
  /** What one submission makes, for the tests' names: `member`, `referral`, `response`. */
  made: string;
  /** A fresh element in English, sending to `backend`. */
  mount(backend: B): Promise<FormElement>;
  /** A recording backend whose sends follow `script`. */
  record(script: Step[]): {
    backend: B;
    calls: readonly { input: unknown; context: { idempotencyKey?: string } }[];
  };
  /** Values by control name that make a valid submission. */
  valid: Record<string, unknown>;
  /** Another value for one control of `valid`, still valid. */
  changed: Record<string, unknown>;
  /** The event the element fires when a submission fails. */
  failedEvent: string;
  /** A field the server refuses (`path` in the body, `name` of its control), and a value it takes. */
  serverFieldError?: { path: PropertyKey[]; name: string; fixed: unknown };
}

/** Expects every control of `values` to hold its value still. */
function expectValues(form: FormElement, values: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(values))
    expect(control(form, name).value, name).to.deep.equal(value);
}

/**
 * The tests every form element shares about sending: one logical submission carries one
 * idempotency key, across a lost answer, a server error, a reload and a double click; changed
 * values make a new one. Call it inside the element's `describe`, which clears sessionStorage
 * after each test.
 */
export function sendingTests<B>(subject: SendingSubject<B>): void {
  const { made, mount, record, valid, changed, failedEvent, serverFieldError } = subject;

  it(`an answer lost on the way back: values stay, and the retry reuses the key, so one ${made} is stored`, async () => {
    const { backend, calls } = record([{ lost: networkError() }]);
    const form = await mount(backend);
    await fill(form, valid);
    const failed = oneEvent(form, failedEvent);
    part(form, 'submit').click();
    expect((await failed).detail.error).to.be.instanceOf(AlumniNetworkError);
    await settled(form);

    expect(form.state).to.equal('offline');
    expectValues(form, valid);
    expect(part(form, 'message').textContent).to.contain('your answers are kept');
    expect(part(form, 'submit').textContent?.trim()).to.equal('Try again');

    await submit(form);
    // With a new key, the backend would refuse the second as a duplicate: the first attempt stored it.
    expect(form.state).to.equal('success');
    expect(calls).to.have.length(2);
    const [first, second] = keysOf(calls);
    expect(first).to.be.a('string');
    expect(second).to.equal(first);
    expect(calls[1]?.input).to.deep.equal(calls[0]?.input);
  });

  it('a server error: a retry message, then the same key again', async () => {
    const { backend, calls } = record([serverError()]);
    const form = await mount(backend);
    await fill(form, valid);
    await submit(form);
    expect(form.state).to.equal('server-error');
    expect(part(form, 'alert').textContent).to.contain('try again');
    await submit(form);
    expect(form.state).to.equal('success');
    expect(new Set(keysOf(calls)).size).to.equal(1);
  });

  it('a value changed after a failure makes a new submission with a new key', async () => {
    const { backend, calls } = record([networkError()]);
    const form = await mount(backend);
    await fill(form, valid);
    await submit(form);
    await fill(form, changed);
    await submit(form);
    expect(form.state).to.equal('success');
    const [first, second] = keysOf(calls);
    expect(second).not.to.equal(first);
  });

  it('a double click submits once', async () => {
    const hold = deferred();
    const { backend, calls } = record([{ hold: hold.promise }]);
    const form = await mount(backend);
    await fill(form, valid);
    const button = part(form, 'submit');
    // `detail` counts the clicks of a double click.
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 1 }));
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, detail: 2 }));
    await form.updateComplete;
    expect(form.state).to.equal('submitting');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    button.click();
    hold.release();
    await settled(form);
    expect(calls).to.have.length(1);
    expect(form.state).to.equal('success');
  });

  it('a draft comes back after a reload, with its pending submission, and is gone after success', async () => {
    const { backend, calls } = record([networkError()]);
    const first = await mount(backend);
    await fill(first, valid);
    await submit(first);
    expect(first.state).to.equal('offline');
    first.remove();

    const reloaded = await mount(backend);
    expectValues(reloaded, valid);
    expect(localStorage.length).to.equal(0);

    await submit(reloaded);
    expect(reloaded.state).to.equal('success');
    const [firstKey, secondKey] = keysOf(calls);
    expect(secondKey).to.equal(firstKey);
    expect(sessionStorage.length).to.equal(0);
  });

  if (serverFieldError) {
    const { path, name, fixed } = serverFieldError;
    it('shows the server’s field errors on their fields, and sends a corrected form with a new key', async () => {
      const rejected = new AlumniApiError(
        createProblem({
          status: 400,
          code: 'validation_failed',
          errors: [fieldError(path, 'invalid_email', 'en')],
        }),
      );
      const { backend, calls } = record([rejected]);
      const form = await mount(backend);
      await fill(form, valid);
      await submit(form);
      expect(form.state).to.equal('invalid');
      expect(control(form, name).error).to.equal(ruleMessage('invalid_email', 'en'));
      expect(focused(form)).to.equal(control(form, name).querySelector('input'));

      await fill(form, { [name]: fixed });
      await submit(form);
      expect(form.state).to.equal('success');
      const [first, second] = keysOf(calls);
      expect(second).not.to.equal(first);
    });
  }
}
