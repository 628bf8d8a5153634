import { createSignup, routes } from '@alumni-kit/contract';
import { expect } from '@open-wc/testing';
import { createAlumniClient, createClient } from '../src/index.ts';
import { event, publishableKey, signup, signupResult } from './helpers/fixtures.ts';
import { scenario } from './helpers/test-api.ts';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('calls that succeed', () => {
  it('has one method per route of the contract', () => {
    const client = createAlumniClient({ baseUrl: 'https://alumni.example.com', publishableKey });
    expect(Object.keys(client).sort()).to.deep.equal(Object.keys(routes).sort());
  });

  it('has only the methods of the routes it is given', async () => {
    const api = await scenario({ status: 201, json: signupResult });
    const client = createClient({ createSignup }, { baseUrl: api.baseUrl, publishableKey });

    expect(Object.keys(client)).to.deep.equal(['createSignup']);
    // @ts-expect-error -- getEvent was not given
    expect(client.getEvent).to.equal(undefined);
    expect(await client.createSignup({ body: signup })).to.deep.equal(signupResult);
  });

  it('sends through the fetch it is given', async () => {
    const api = await scenario({ json: { items: [] } });
    const seen: string[] = [];
    const client = createAlumniClient({
      baseUrl: api.baseUrl,
      publishableKey,
      fetch: (request, init) => {
        seen.push((request as Request).url);
        return fetch(request, init);
      },
    });

    await client.listRoles();

    expect(seen).to.deep.equal([`${api.baseUrl}/v1/roles`]);
  });

  it('GETs an event with the key, the language and no Idempotency-Key', async () => {
    const api = await scenario({ json: event });
    const client = createAlumniClient({ baseUrl: api.baseUrl, publishableKey });

    expect(await client.getEvent({ params: { eventId: event.id } })).to.deep.equal(event);

    const [request, ...others] = await api.requests();
    expect(others).to.have.length(0);
    expect(request?.method).to.equal('GET');
    expect(request?.path).to.equal(`/v1/events/${event.id}`);
    expect(request?.headers['authorization']).to.equal(`Bearer ${publishableKey}`);
    expect(request?.headers['accept']).to.equal('application/json');
    expect(request?.headers['accept-language']).to.equal('en');
    expect(request?.headers).not.to.have.property('idempotency-key');
  });

  it('sends the query, with its defaults, and needs no input when none is required', async () => {
    const api = await scenario({ json: { items: [event], nextCursor: null } });
    const client = createAlumniClient({ baseUrl: api.baseUrl, publishableKey });

    await client.listEvents({ query: { type: 'social', limit: 5 } });
    const page = await client.listEvents();

    expect(page.items[0]?.title).to.equal(event.title);
    const [filtered, unfiltered] = await api.requests();
    expect(filtered?.search).to.equal('?type=social&when=upcoming&limit=5');
    expect(unfiltered?.search).to.equal('?when=upcoming&limit=20');
  });

  it('POSTs a write as parsed JSON with a fresh Idempotency-Key', async () => {
    const api = await scenario({ status: 201, json: signupResult });
    const client = createAlumniClient({ baseUrl: api.baseUrl, publishableKey });

    const result = await client.createSignup({ body: { ...signup, email: ' Taro+Alumni@Example.com ' } });

    expect(result).to.deep.equal(signupResult);
    const [request] = await api.requests();
    expect(request?.method).to.equal('POST');
    expect(request?.path).to.equal('/v1/signups');
    expect(request?.headers['content-type']).to.equal('application/json');
    expect(request?.headers['idempotency-key']).to.match(UUID_V4);
    expect(JSON.parse(request?.body ?? '')).to.deep.equal({ ...signup, interests: [] });
  });

  it('sends the member token and custom headers, the call’s overriding the client’s', async () => {
    const api = await scenario({ json: { items: [] } });
    const client = createAlumniClient({
      baseUrl: api.baseUrl,
      publishableKey,
      memberToken: 'member.token.signed',
      headers: { 'X-Host': 'careers', 'X-Trace': 'client' },
    });

    await client.listRoles(undefined, { headers: { 'X-Trace': 'call' } });

    const [request] = await api.requests();
    expect(request?.headers['x-alumni-member-token']).to.equal('member.token.signed');
    expect(request?.headers['x-host']).to.equal('careers');
    expect(request?.headers['x-trace']).to.equal('call');
  });

  it('answers a calendar as text and the tracking pixel as a GIF blob', async () => {
    const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
    const calendarApi = await scenario({ text: ics, headers: { 'Content-Type': 'text/calendar' } });
    const pixelApi = await scenario({ text: 'GIF89a', headers: { 'Content-Type': 'image/gif' } });

    const calendar = await createAlumniClient({
      baseUrl: calendarApi.baseUrl,
      publishableKey,
    }).getEventCalendar({
      params: { eventId: event.id },
    });
    const pixel = await createAlumniClient({ baseUrl: pixelApi.baseUrl, publishableKey }).trackInvitationOpen(
      {
        params: { token: 'invitation_token_0123456789' },
      },
    );

    expect(calendar).to.equal(ics);
    expect(pixel).to.be.instanceOf(Blob);
    expect(pixel.type).to.equal('image/gif');
    expect(await pixel.text()).to.equal('GIF89a');
    const [calendarRequest] = await calendarApi.requests();
    expect(calendarRequest?.headers['accept']).to.equal('text/calendar');
  });
});
