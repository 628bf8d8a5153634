import { ruleMessage } from '@alumni-kit/contract';
import { expect } from '@open-wc/testing';
import { AlumniResponseError, AlumniValidationError, createAlumniClient } from '../src/index.ts';
import { event, publishableKey, signup } from './helpers/fixtures.ts';
import { rejection } from './helpers/rejection.ts';
import { scenario } from './helpers/test-api.ts';

const rules = (error: unknown) =>
  (error as AlumniValidationError).fieldErrors.map(({ path, code }) => ({ path, code }));

describe('input validation', () => {
  it('rejects a bad body before sending, naming each field and rule', async () => {
    const api = await scenario({ status: 201 });
    const client = createAlumniClient({ baseUrl: api.baseUrl, publishableKey });

    const error = await rejection(
      client.createSignup({
        body: { ...signup, email: 'taro@', profileUrl: 'javascript:alert(1)', name: '' },
      }),
    );

    expect(error).to.be.instanceOf(AlumniValidationError);
    expect(rules(error)).to.have.deep.members([
      { path: 'name', code: 'required' },
      { path: 'profileUrl', code: 'invalid_url' },
      { path: 'email', code: 'invalid_email' },
    ]);
    expect((error as AlumniValidationError).message).to.contain('email: Enter an e-mail address');
    expect(await api.requests()).to.have.length(0);
  });

  it('rejects missing or malformed path parameters and out-of-range queries', async () => {
    const api = await scenario({});
    const client = createAlumniClient({ baseUrl: api.baseUrl, publishableKey });

    // @ts-expect-error -- the type requires eventId too
    const missing = await rejection(client.getEvent({ params: {} }));
    const malformed = await rejection(client.getEvent({ params: { eventId: '../admin' } }));
    const tooMany = await rejection(client.listEvents({ query: { limit: 1_000 } }));

    expect(rules(missing)).to.deep.equal([{ path: 'eventId', code: 'required' }]);
    expect(rules(malformed)).to.deep.equal([{ path: 'eventId', code: 'invalid_format' }]);
    expect(rules(tooMany)).to.deep.equal([{ path: 'limit', code: 'too_big' }]);
    expect(await api.requests()).to.have.length(0);
  });

  it('rejects a missing body as a whole', async () => {
    const api = await scenario({});
    const client = createAlumniClient({ baseUrl: api.baseUrl, publishableKey });

    // @ts-expect-error -- the type requires the body
    const error = await rejection(client.createReferral({}));

    expect(rules(error)).to.deep.equal([{ path: '', code: 'required' }]);
    expect(await api.requests()).to.have.length(0);
  });

  it('speaks Japanese when the client’s locale is ja, to people and to the server', async () => {
    const api = await scenario({ json: { ...event, startsAt: 'tomorrow' } });
    const client = createAlumniClient({ baseUrl: api.baseUrl, publishableKey, locale: 'ja' });

    const invalid = (await rejection(
      client.createSignup({ body: { ...signup, email: 'taro@' } }),
    )) as AlumniValidationError;
    const broken = (await rejection(
      client.getEvent({ params: { eventId: event.id } }),
    )) as AlumniResponseError;

    expect(broken).to.be.instanceOf(AlumniResponseError);
    expect(invalid.fieldErrors[0]?.message).to.equal(ruleMessage('invalid_email', 'ja'));
    expect(invalid.fieldErrors[0]?.message).to.contain('メールアドレス');
    expect(broken.fieldErrors[0]?.message).to.equal(ruleMessage('invalid_datetime', 'ja'));
    const [request] = await api.requests();
    expect(request?.headers['accept-language']).to.equal('ja');
  });
});
