import { createSignup, createProblem, getEvent } from '@alumni-kit/contract';
import { expect } from '@open-wc/testing';
import { createMemoryBackend } from '../src/memory-backend/index.ts';
import {
  AlumniApiError,
  AlumniResponseError,
  AlumniValidationError,
  createAlumniClient,
  createClient,
  type BackendOf,
  type CallContext,
} from '../src/index.ts';
import { event, signup, signupResult } from './helpers/fixtures.ts';
import { rejection } from './helpers/rejection.ts';

const table = { getEvent, createSignup };

/** A backend that records its calls and answers with `answer`. */
function recordingBackend(answer: (operation: string) => unknown) {
  const calls: { operation: string; input: unknown; context: CallContext }[] = [];
  const operation =
    (name: string) =>
    async (input: unknown, context: CallContext): Promise<never> => {
      calls.push({ operation: name, input, context });
      return answer(name) as never;
    };
  const backend: BackendOf<typeof table> = {
    getEvent: operation('getEvent'),
    createSignup: operation('createSignup'),
  };
  return { backend, calls };
}

const validAnswer = (operation: string) => (operation === 'getEvent' ? event : signupResult);

describe('the backend option', () => {
  it('runs the same typed methods in-process, with the member token and locale in the context', async () => {
    const { backend, calls } = recordingBackend(validAnswer);
    const client = createClient(table, { backend, memberToken: 'member.token', locale: 'ja' });

    expect(await client.getEvent({ params: { eventId: event.id } })).to.deep.equal(event);

    expect(calls).to.have.length(1);
    expect(calls[0]?.input).to.deep.equal({ params: { eventId: event.id } });
    expect(calls[0]?.context).to.include({
      memberToken: 'member.token',
      locale: 'ja',
      idempotencyKey: undefined,
    });
  });

  it('passes writes the parsed input and an Idempotency-Key, the caller’s when given', async () => {
    const { backend, calls } = recordingBackend(validAnswer);
    const client = createClient(table, { backend });

    await client.createSignup({ body: { ...signup, email: 'Taro+Alumni@Example.com' } });
    await client.createSignup({ body: signup }, { idempotencyKey: 'draft-key-1' });

    expect(calls[0]?.input).to.deep.equal({ body: { ...signup, interests: [] } });
    expect(calls[0]?.context.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    expect(calls[1]?.context.idempotencyKey).to.equal('draft-key-1');
  });

  it('validates input before calling the backend', async () => {
    const { backend, calls } = recordingBackend(validAnswer);
    const client = createClient(table, { backend });

    const error = await rejection(client.createSignup({ body: { ...signup, email: 'nope' } }));

    expect(error).to.be.instanceOf(AlumniValidationError);
    expect(calls).to.have.length(0);
  });

  it('validates what the backend answers', async () => {
    const { backend } = recordingBackend(() => ({ ...event, format: 'telepathy' }));
    const client = createClient(table, { backend });

    const error = (await rejection(
      client.getEvent({ params: { eventId: event.id } }),
    )) as AlumniResponseError;

    expect(error).to.be.instanceOf(AlumniResponseError);
    expect(error.fieldErrors.map((field) => field.path)).to.deep.equal(['format']);
  });

  it('passes the backend’s AlumniApiError through unchanged', async () => {
    const notFound = new AlumniApiError(createProblem({ status: 404, code: 'not_found' }));
    const { backend } = recordingBackend(() => Promise.reject(notFound));
    const client = createClient(table, { backend });

    expect(await rejection(client.getEvent({ params: { eventId: 'evt_none' } }))).to.equal(notFound);
  });

  it('does not call the backend when the signal is already aborted', async () => {
    const { backend, calls } = recordingBackend(validAnswer);
    const client = createClient(table, { backend });
    const controller = new AbortController();
    controller.abort();

    const error = await rejection(
      client.getEvent({ params: { eventId: event.id } }, { signal: controller.signal }),
    );

    expect(error).to.equal(controller.signal.reason);
    expect(calls).to.have.length(0);
  });

  it('runs the whole contract against the in-memory backend, its answers passing the response schemas', async () => {
    const client = createAlumniClient({ backend: createMemoryBackend() });

    const { items } = await client.listEvents({ query: { limit: 100 } });
    const joined = await client.createSignup({ body: signup });
    const again = (await rejection(client.createSignup({ body: signup }))) as AlumniApiError;

    expect(items.length).to.be.greaterThan(0);
    expect(joined.member.email).to.equal(signup.email);
    expect(again).to.be.instanceOf(AlumniApiError);
    expect(again.code).to.equal('already_member');
  });
});
