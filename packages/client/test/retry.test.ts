import { expect } from '@open-wc/testing';
import { AlumniApiError, createAlumniClient, createIdempotencyKey } from '../src/index.ts';
import { event, problemJson, publishableKey, signup, signupResult } from './helpers/fixtures.ts';
import { rejection } from './helpers/rejection.ts';
import { scenario } from './helpers/test-api.ts';

const created = { status: 201, json: signupResult };

describe('retries', () => {
  it('retries a write after 503s with the same Idempotency-Key and body', async () => {
    const api = await scenario({ status: 503 }, { status: 503 }, created);
    const client = createAlumniClient({ baseUrl: api.baseUrl, publishableKey });

    expect(await client.createSignup({ body: signup })).to.deep.equal(signupResult);

    const requests = await api.requests();
    expect(requests).to.have.length(3);
    const [first] = requests;
    expect(first?.headers['idempotency-key']).to.be.a('string');
    for (const request of requests) {
      expect(request.headers['idempotency-key']).to.equal(first?.headers['idempotency-key']);
      expect(request.body).to.equal(first?.body);
    }
  });

  it('uses the caller’s key, and a new key for each logical call', async () => {
    const api = await scenario({ status: 500 }, created, created);
    const client = createAlumniClient({ baseUrl: api.baseUrl, publishableKey });
    const draftKey = createIdempotencyKey();

    await client.createSignup({ body: signup }, { idempotencyKey: draftKey });
    await client.createSignup({ body: signup });

    const keys = (await api.requests()).map((request) => request.headers['idempotency-key']);
    expect(keys.slice(0, 2)).to.deep.equal([draftKey, draftKey]);
    expect(keys[2]).to.be.a('string').and.not.equal(draftKey);
  });

  it('retries after a dropped connection and after a timed-out attempt, with the same key', async () => {
    const api = await scenario({ action: 'drop' }, { action: 'hang' }, created);
    const client = createAlumniClient({ baseUrl: api.baseUrl, publishableKey, timeout: 300 });

    expect(await client.createSignup({ body: signup })).to.deep.equal(signupResult);

    const requests = await api.requests();
    expect(requests).to.have.length(3);
    expect(new Set(requests.map((request) => request.headers['idempotency-key'])).size).to.equal(1);
  });

  it('waits the seconds a 429’s Retry-After asks for', async () => {
    const api = await scenario({ status: 429, headers: { 'Retry-After': '1', ...problemJson } }, created);
    const client = createAlumniClient({ baseUrl: api.baseUrl, publishableKey });

    await client.createSignup({ body: signup });

    const [limited, retried] = await api.requests();
    expect(retried!.receivedAt - limited!.receivedAt).to.be.within(1_000, 3_000);
  });

  it('waits until the HTTP date of a 503’s Retry-After', async () => {
    const retryAt = new Date(Date.now() + 2_000).toUTCString();
    const api = await scenario({ status: 503, headers: { 'Retry-After': retryAt } }, { json: event });
    const client = createAlumniClient({ baseUrl: api.baseUrl, publishableKey });

    await client.getEvent({ params: { eventId: event.id } });

    const [, retried] = await api.requests();
    expect(retried!.receivedAt).to.be.at.least(Date.parse(retryAt));
  });

  it('retries a 408 and a GET like a write', async () => {
    const api = await scenario({ status: 408 }, { status: 502 }, { json: { items: [] } });
    const client = createAlumniClient({ baseUrl: api.baseUrl, publishableKey });

    expect(await client.listRoles()).to.deep.equal({ items: [] });
    expect(await api.requests()).to.have.length(3);
  });

  it('gives up after the retry limit with the last error', async () => {
    const api = await scenario({ status: 503 });
    const client = createAlumniClient({ baseUrl: api.baseUrl, publishableKey, retry: 1 });

    const error = (await rejection(client.createSignup({ body: signup }))) as AlumniApiError;

    expect(error).to.be.instanceOf(AlumniApiError);
    expect(error.status).to.equal(503);
    expect(await api.requests()).to.have.length(2);
  });

  it('makes two retries by default, none when retry is false', async () => {
    const api = await scenario({ status: 503 });

    await rejection(createAlumniClient({ baseUrl: api.baseUrl, publishableKey }).listRoles());
    expect(await api.requests()).to.have.length(3);
    await rejection(createAlumniClient({ baseUrl: api.baseUrl, publishableKey, retry: false }).listRoles());
    expect(await api.requests()).to.have.length(4);
  });

  it('does not retry an answer that will not change, such as a 422', async () => {
    const api = await scenario({ status: 422, headers: problemJson, json: {} });
    const client = createAlumniClient({ baseUrl: api.baseUrl, publishableKey });

    await rejection(client.createSignup({ body: signup }));

    expect(await api.requests()).to.have.length(1);
  });
});
