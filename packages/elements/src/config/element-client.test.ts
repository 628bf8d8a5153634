import { createClient, type BackendOf } from '@alumni-kit/client';
import { createSignup, type SignupResult } from '@alumni-kit/contract';
import { expect } from '@open-wc/testing';
import { configure } from './configure.ts';
import { elementClient } from './element-client.ts';

const routes = { createSignup };
const body = {
  mode: 'alumni',
  name: 'Ada',
  email: 'ada@example.com',
  consent: { accepted: true, privacyPolicyVersion: '2026-04' },
} as const;

const result = (name: string): SignupResult => ({
  member: {
    id: 'mem_1',
    mode: 'alumni',
    name,
    email: 'ada@example.com',
    interests: [],
    createdAt: '2026-11-25T00:00:00Z',
  },
  invitationAccepted: false,
});

/** A backend that answers with its name, and records the member token it was called with. */
function namedBackend(name: string, tokens: (string | undefined)[] = []): BackendOf<typeof routes> {
  return {
    createSignup: async (_input, context) => {
      tokens.push(context.memberToken);
      return result(name);
    },
  };
}

const answerOf = async (client: ReturnType<typeof elementClient<typeof routes>>) =>
  (await client.createSignup({ body })).member.name;

describe('elementClient', () => {
  afterEach(() =>
    configure({ backend: undefined, apiBase: undefined, publishableKey: undefined, memberToken: undefined }),
  );

  it('prefers the element’s client, then its backend, then the backend given to configure()', async () => {
    configure({ backend: namedBackend('configured') });
    expect(await answerOf(elementClient(routes, {}, 'en'))).to.equal('configured');
    expect(await answerOf(elementClient(routes, { backend: namedBackend('own') }, 'en'))).to.equal('own');
    const client = createClient(routes, { backend: namedBackend('client') });
    expect(await answerOf(elementClient(routes, { client, backend: namedBackend('own') }, 'en'))).to.equal(
      'client',
    );
  });

  it('passes the element’s member token, else the configured one', async () => {
    const tokens: (string | undefined)[] = [];
    configure({ memberToken: 'configured.token' });
    await elementClient(routes, { backend: namedBackend('a', tokens) }, 'en').createSignup({ body });
    await elementClient(
      routes,
      { backend: namedBackend('a', tokens), memberToken: 'own.token' },
      'en',
    ).createSignup({
      body,
    });
    expect(tokens).to.deep.equal(['configured.token', 'own.token']);
  });

  it('says what is missing when there is neither a backend nor an API base and key', () => {
    configure({ apiBase: 'https://alumni.example.com' });
    expect(() => elementClient(routes, {}, 'en')).to.throw(/api-base and publishable-key/);
    expect(() => elementClient(routes, { publishableKey: 'pk_test_1' }, 'en')).not.to.throw();
  });
});
