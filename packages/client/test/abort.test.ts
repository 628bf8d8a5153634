import { expect } from '@open-wc/testing';
import { createAlumniClient } from '../src/index.ts';
import { publishableKey, signup } from './helpers/fixtures.ts';
import { rejection } from './helpers/rejection.ts';
import { scenario } from './helpers/test-api.ts';
import { until } from './helpers/until.ts';

describe('abort', () => {
  it('rejects with the caller’s own AbortError, unwrapped, while the request is pending', async () => {
    const api = await scenario({ action: 'hang' });
    const client = createAlumniClient({ baseUrl: api.baseUrl, publishableKey });
    const controller = new AbortController();

    const pending = rejection(client.createSignup({ body: signup }, { signal: controller.signal }));
    await until(async () => (await api.requests()).length === 1);
    controller.abort();

    const error = await pending;
    expect(error).to.equal(controller.signal.reason);
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('passes any abort reason through unchanged, even one that looks like a network failure', async () => {
    const api = await scenario({ action: 'hang' });
    const client = createAlumniClient({ baseUrl: api.baseUrl, publishableKey });
    const controller = new AbortController();
    const reason = new TypeError('The visitor closed the form');

    const pending = rejection(client.listRoles(undefined, { signal: controller.signal }));
    await until(async () => (await api.requests()).length === 1);
    controller.abort(reason);

    expect(await pending).to.equal(reason);
  });

  it('stops waiting for a retry as soon as the caller aborts', async () => {
    const api = await scenario({ status: 503, headers: { 'Retry-After': '30' } });
    const client = createAlumniClient({ baseUrl: api.baseUrl, publishableKey });
    const controller = new AbortController();

    const pending = rejection(client.createSignup({ body: signup }, { signal: controller.signal }));
    await until(async () => (await api.requests()).length === 1);
    const abortedAt = performance.now();
    controller.abort();

    expect(await pending).to.equal(controller.signal.reason);
    expect(performance.now() - abortedAt).to.be.below(1_000);
    expect(await api.requests()).to.have.length(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const api = await scenario({});
    const client = createAlumniClient({ baseUrl: api.baseUrl, publishableKey });

    const error = await rejection(client.listRoles(undefined, { signal: AbortSignal.abort() }));

    expect((error as DOMException).name).to.equal('AbortError');
    expect(await api.requests()).to.have.length(0);
  });
});
