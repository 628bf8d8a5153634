import { expect } from '@open-wc/testing';
import {
  AlumniApiError,
  AlumniNetworkError,
  AlumniResponseError,
  createAlumniClient,
  type HttpClientOptions,
} from '../src/index.ts';
import { alreadyMember, event, problemJson, publishableKey, signup } from './helpers/fixtures.ts';
import { rejection } from './helpers/rejection.ts';
import { scenario, type Scenario } from './helpers/test-api.ts';

const clientOf = (api: Scenario, options: Partial<HttpClientOptions> = {}) =>
  createAlumniClient({ baseUrl: api.baseUrl, publishableKey, retry: false, ...options });

describe('errors', () => {
  it('turns problem details into an AlumniApiError with the failing fields, without retrying', async () => {
    const api = await scenario({ status: 409, headers: problemJson, json: alreadyMember });

    const error = await rejection(clientOf(api, { retry: 2 }).createSignup({ body: signup }));

    expect(error).to.be.instanceOf(AlumniApiError);
    const apiError = error as AlumniApiError;
    expect(apiError.name).to.equal('AlumniApiError');
    expect(apiError.status).to.equal(409);
    expect(apiError.code).to.equal('already_member');
    expect(apiError.problem).to.deep.equal(alreadyMember);
    expect(apiError.fieldErrors.map((field) => field.path)).to.deep.equal(['email']);
    expect(await api.requests()).to.have.length(1);
  });

  it('makes a problem from the status when the error body is not one', async () => {
    const api = await scenario({
      status: 502,
      headers: { 'Content-Type': 'text/html' },
      text: '<h1>Bad gateway</h1>',
    });

    const error = (await rejection(clientOf(api).listRoles())) as AlumniApiError;

    expect(error).to.be.instanceOf(AlumniApiError);
    expect(error.problem).to.deep.equal({
      type: 'about:blank',
      title: 'Bad Gateway',
      status: 502,
      code: 'internal_error',
      errors: [],
    });
  });

  it('names well-known statuses with their problem code', async () => {
    const api = await scenario({ status: 404 });

    const error = (await rejection(
      clientOf(api).getEvent({ params: { eventId: 'evt_gone' } }),
    )) as AlumniApiError;

    expect(error.status).to.equal(404);
    expect(error.code).to.equal('not_found');
  });

  it('throws AlumniNetworkError when the connection drops', async () => {
    const api = await scenario({ action: 'drop' });

    const error = await rejection(clientOf(api).listRoles());

    expect(error).to.be.instanceOf(AlumniNetworkError);
    expect((error as AlumniNetworkError).timedOut).to.equal(false);
  });

  it('throws AlumniNetworkError with timedOut when no answer comes in time', async () => {
    const api = await scenario({ action: 'hang' });
    const started = performance.now();

    const error = await rejection(clientOf(api, { timeout: 5_000 }).listRoles(undefined, { timeout: 300 }));

    expect(error).to.be.instanceOf(AlumniNetworkError);
    expect((error as AlumniNetworkError).timedOut).to.equal(true);
    expect(performance.now() - started).to.be.within(300, 3_000);
  });

  it('never returns a body that breaks the response schema, and names the fields', async () => {
    // JSON leaves the undefined title out.
    const api = await scenario({ json: { ...event, title: undefined, seatsLeft: -1 } });

    const error = await rejection(clientOf(api).getEvent({ params: { eventId: event.id } }));

    expect(error).to.be.instanceOf(AlumniResponseError);
    const responseError = error as AlumniResponseError;
    expect(responseError.status).to.equal(200);
    expect(responseError.fieldErrors.map(({ path, code }) => ({ path, code }))).to.deep.equal([
      { path: 'title', code: 'required' },
      { path: 'seatsLeft', code: 'too_small' },
    ]);
    expect(responseError.message).to.contain('title').and.to.contain('seatsLeft');
  });

  it('throws AlumniResponseError when a JSON route answers something else', async () => {
    const api = await scenario({
      headers: { 'Content-Type': 'text/html' },
      text: '<!doctype html><p>Welcome</p>',
    });

    const error = (await rejection(clientOf(api).listRoles())) as AlumniResponseError;

    expect(error).to.be.instanceOf(AlumniResponseError);
    expect(error.fieldErrors).to.have.length(1);
    expect(error.fieldErrors[0]?.path).to.equal('');
  });
});
