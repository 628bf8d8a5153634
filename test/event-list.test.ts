/**
 * `<alumni-event-list>` as a visitor meets it: the production build (event-list.js, whose reply
 * dialog loads on first open) on a plain page served with a strict Content Security Policy,
 * talking cross-origin (real CORS) to the reference server on its embedded database, which holds
 * the demo tenant's events, in real Chromium. What the server stored is read from its database.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { after, before, test, type TestContext } from 'node:test';
import type { AlumniEvent, EventPolicy } from '@alumni-kit/contract';
import { DEMO_IDS, type DemoRsvp } from '@alumni-kit/contract/demo';
import type { Locator, Page } from 'playwright-core';
import { startCareerSite, type CareerSite } from './support/career-site.ts';
import { eventListPage } from './support/event-list-page.ts';

/** The demo tenant's well-known publishable key, as `serve --demo` creates it. */
const DEMO_PUBLISHABLE_KEY = 'pk_demo_alumni_kit';
/**
 * A pause between keystrokes, as a person makes: a reply (a name and an e-mail) then always
 * takes longer than the server's minimum fill time (100 ms here), which would quietly drop it.
 */
const KEYSTROKE_DELAY_MS = 5;
const ids = DEMO_IDS.events;

let site: CareerSite;

before(async () => {
  site = await startCareerSite({
    // The demo tenant as `serve --demo` creates it, its only allowed origin this page's.
    tenant: { name: 'Demo company', publishableKey: DEMO_PUBLISHABLE_KEY },
    page: (path, embed) => (path === '/' ? eventListPage(embed) : undefined),
  });
});

after(() => site?.close());

function demoEvent(id: string) {
  const event = site.demo.events.find((candidate) => candidate.id === id);
  assert.ok(event, id);
  return event;
}

function demoRsvp(eventId: string, status: DemoRsvp['status']): DemoRsvp {
  const rsvp = site.demo.rsvps.find(
    (candidate) => candidate.eventId === eventId && candidate.status === status,
  );
  assert.ok(rsvp, `${status} RSVP of ${eventId}`);
  return rsvp;
}

/** The tenant's RSVPs of `email`, straight from the database. */
const rsvpsOf = (email: string) =>
  site.api.db.query.rsvps.findMany({
    where: (rsvp, { and, eq }) => and(eq(rsvp.tenantId, site.tenant.tenantId), eq(rsvp.attendeeEmail, email)),
  });

/** What the public API says about an event now. */
async function publicEvent(eventId: string): Promise<AlumniEvent> {
  const response = await fetch(`${site.api.url}/v1/events/${eventId}`, {
    headers: { Authorization: `Bearer ${site.tenant.publishableKey}` },
  });
  assert.equal(response.status, 200);
  return (await response.json()) as AlumniEvent;
}

/** Cancels a seeded RSVP as its attendee would, with the cancel link of their confirmation e-mail. */
async function cancelByLink({ id, cancelToken }: DemoRsvp): Promise<void> {
  const response = await fetch(`${site.api.url}/v1/rsvps/${id}/cancel`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${site.tenant.publishableKey}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': randomUUID(),
    },
    body: JSON.stringify({ cancelToken }),
  });
  assert.equal(response.status, 200);
}

/** A visitor on the events page, once it lists the events. */
async function visit(t: TestContext) {
  const { page, problems } = await site.visit(t, '/');
  const replies = recordReplies(page);
  await listReady(page);
  return { page, problems, replies };
}

/** The URL of every reply (`POST /v1/events/{id}/rsvps`) the page sent, as Chromium saw it leave. */
function recordReplies(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && /^\/v1\/events\/[^/]+\/rsvps$/.test(new URL(request.url()).pathname)) {
      urls.push(request.url());
    }
  });
  return urls;
}

/** Resolves once the list shows what it loaded: its CSS custom state is `ready`. */
async function listReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('alumni-event-list')?.matches(':state(ready)'));
}

/** The ids of the events listed, in order. */
const listedEvents = (page: Page): Promise<string[]> =>
  page
    .locator('alumni-event-list [part~="event"]')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.eventId ?? ''));

/** Chooses `value` in a filter of the bar and waits for the list the server sends for it. */
async function filter(page: Page, name: 'type' | 'format' | 'when', value: string): Promise<void> {
  const listed = page.waitForResponse(
    (response) => response.request().method() === 'GET' && new URL(response.url()).pathname === '/v1/events',
  );
  await page.locator(`alumni-event-list select[name="${name}"]`).selectOption(value);
  await listed;
  await listReady(page);
}

/** Opens an event's details and reply from its card; resolves with the open dialog. */
async function openEvent(page: Page, eventId: string): Promise<Locator> {
  await page.locator(`alumni-event-list [data-event-id="${eventId}"] [part~="open-dialog"]`).click();
  const dialog = page.locator('alumni-event-list dialog[part~="dialog"][open]');
  await dialog.waitFor();
  return dialog;
}

/** The id of the focused control inside the list (its reply form's controls render in its shadow root). */
const focusedId = (page: Page): Promise<string | undefined> =>
  page.evaluate(() => document.querySelector('alumni-event-list')?.shadowRoot?.activeElement?.id);

const part = (scope: Locator, name: string) => scope.locator(`[part~="${name}"]`);
const result = (dialog: Locator, status: 'confirmed' | 'waitlisted' | 'cancelled') =>
  dialog.locator(`[part~="result"][part~="${status}"]`);
const acknowledgement = (dialog: Locator, policy: EventPolicy) =>
  dialog.locator(`alumni-checkbox-field[name="acknowledgedPolicies.${policy.id}"]`);

/** Types the attendee's name and e-mail into the reply form. */
async function fillAttendee(dialog: Locator, name: string, email: string): Promise<void> {
  const input = (field: string) => dialog.locator(`alumni-text-field[name="${field}"] input`);
  await input('attendee.name').pressSequentially(name, { delay: KEYSTROKE_DELAY_MS });
  await input('attendee.email').pressSequentially(email, { delay: KEYSTROKE_DELAY_MS });
}

/** A reply as the server stores it. */
const stored = (rows: Awaited<ReturnType<typeof rsvpsOf>>) =>
  rows.map(({ eventId, status, attendeeName }) => ({ eventId, status, attendeeName }));

test('a visitor narrows the upcoming events to virtual ones, then shows every format again', async (t) => {
  const { page, problems } = await visit(t);
  const upcoming = site.demo.events
    .filter((event) => event.status !== 'draft' && Date.parse(event.endsAt) >= Date.now())
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
    .map((event) => event.id);
  assert.deepEqual(await listedEvents(page), upcoming);

  await filter(page, 'format', 'virtual');
  assert.deepEqual(await listedEvents(page), [ids.unlimited, ids.fullWithWaitlist]);
  assert.deepEqual(await page.locator('alumni-event-list [part~="format-badge"]').allInnerTexts(), [
    'Virtual',
    'Virtual',
  ]);

  await filter(page, 'format', '');
  assert.deepEqual(await listedEvents(page), upcoming);
  assert.deepEqual(problems, []);
});

test('replying to an in-person event that serves alcohol takes acknowledging its policies, whose exact text is stored', async (t) => {
  const { page, problems, replies } = await visit(t);
  const event = demoEvent(ids.servingAlcohol);
  const email = 'ada.lovelace@example.org';
  const dialog = await openEvent(page, event.id);
  assert.deepEqual(
    await part(dialog, 'policy-text').allInnerTexts(),
    event.policies.map((policy) => policy.text),
    'each policy shows its exact text',
  );

  await fillAttendee(dialog, 'Ada Lovelace', email);
  await part(dialog, 'submit').click();
  await part(dialog, 'error-summary').waitFor();
  assert.equal(
    await focusedId(page),
    `field-acknowledgedPolicies.${event.policies[0]?.id}`,
    'focus moves to the first box to tick',
  );
  for (const policy of event.policies) {
    assert.equal(
      await part(acknowledgement(dialog, policy), 'error').innerText(),
      'Error:\nPlease tick this box to continue.',
      policy.id,
    );
  }
  assert.deepEqual(replies, [], 'nothing is sent');
  assert.deepEqual(await rsvpsOf(email), []);

  for (const policy of event.policies) await acknowledgement(dialog, policy).locator('input').check();
  await part(dialog, 'submit').click();
  await result(dialog, 'confirmed').waitFor();

  assert.equal(await part(dialog, 'virtual-link').count(), 0, 'an in-person event has no virtual link');
  const rows = await rsvpsOf(email);
  assert.deepEqual(stored(rows), [{ eventId: event.id, status: 'confirmed', attendeeName: 'Ada Lovelace' }]);
  assert.deepEqual(
    rows[0]?.acceptedPolicies,
    event.policies.map(({ id, title, text, version }) => ({ policyId: id, title, text, version })),
  );
  assert.equal(replies.length, 1);
  assert.deepEqual(problems, []);
});

test('a virtual event’s link appears only once the reply is confirmed; the .ics downloads; the reply is cancelled', async (t) => {
  const { page, problems } = await visit(t);
  const event = demoEvent(ids.unlimited);
  const email = 'grace.hopper@example.org';
  const elementHolds = (text: string) =>
    page.evaluate(
      (wanted) => document.querySelector('alumni-event-list')?.shadowRoot?.innerHTML.includes(wanted),
      text,
    );
  assert.ok(event.virtualUrl);
  const dialog = await openEvent(page, event.id);
  assert.equal(await part(dialog, 'virtual-link').count(), 0);
  assert.equal(await elementHolds(event.virtualUrl), false, 'the link is nowhere before the reply');

  await fillAttendee(dialog, 'Grace Hopper', email);
  await part(dialog, 'submit').click();
  await result(dialog, 'confirmed').waitFor();
  assert.equal(await part(dialog, 'virtual-link').getAttribute('href'), event.virtualUrl);
  assert.deepEqual(stored(await rsvpsOf(email)), [
    { eventId: event.id, status: 'confirmed', attendeeName: 'Grace Hopper' },
  ]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    part(dialog, 'calendar-download').click(),
  ]);
  assert.equal(download.suggestedFilename(), 'virtual-coffee-roulette.ics');
  const calendar = await readFile(await download.path(), 'utf8');
  assert.match(calendar, /^BEGIN:VCALENDAR\r\n/);
  assert.match(calendar, /\r\nEND:VCALENDAR\r\n$/);
  const lines = calendar.split('\r\n');
  assert.ok(lines.includes(`UID:${event.id}@alumni-kit`), 'the event’s UID');
  assert.ok(lines.includes(`SUMMARY:${event.title}`), 'the event’s title');

  await part(dialog, 'cancel').click();
  await result(dialog, 'cancelled').waitFor();
  assert.deepEqual(stored(await rsvpsOf(email)), [
    { eventId: event.id, status: 'cancelled', attendeeName: 'Grace Hopper' },
  ]);
  assert.deepEqual(problems, []);
});

test('when a confirmed attendee cancels, the first on the waitlist gets the seat', async (t) => {
  const event = demoEvent(ids.fullWithWaitlist);
  // The seeded guest waiting leaves the waitlist, then a seeded attendee gives up a seat, both
  // through their e-mails' cancel links: one seat left, nobody waiting.
  await cancelByLink(demoRsvp(event.id, 'waitlisted'));
  await cancelByLink(demoRsvp(event.id, 'confirmed'));
  const freed = await publicEvent(event.id);
  assert.deepEqual([freed.seatsLeft, freed.waitlist.count], [1, 0]);

  const first = await visit(t);
  const firstDialog = await openEvent(first.page, event.id);
  await fillAttendee(firstDialog, 'Alan Turing', 'alan.turing@example.org');
  await part(firstDialog, 'submit').click();
  await result(firstDialog, 'confirmed').waitFor();
  assert.equal(await part(firstDialog, 'virtual-link').getAttribute('href'), event.virtualUrl);

  const second = await visit(t);
  const secondDialog = await openEvent(second.page, event.id);
  assert.equal(await part(secondDialog, 'submit').innerText(), 'Join the waitlist');
  await fillAttendee(secondDialog, 'Hedy Lamarr', 'hedy.lamarr@example.org');
  await part(secondDialog, 'submit').click();
  await result(secondDialog, 'waitlisted').waitFor();
  assert.match(await result(secondDialog, 'waitlisted').innerText(), /You are number 1 on the waitlist/);
  assert.equal(await part(secondDialog, 'virtual-link').count(), 0, 'no link while waiting');
  assert.deepEqual(stored(await rsvpsOf('hedy.lamarr@example.org')), [
    { eventId: event.id, status: 'waitlisted', attendeeName: 'Hedy Lamarr' },
  ]);

  await part(firstDialog, 'cancel').click();
  await result(firstDialog, 'cancelled').waitFor();
  assert.deepEqual(stored(await rsvpsOf('alan.turing@example.org')), [
    { eventId: event.id, status: 'cancelled', attendeeName: 'Alan Turing' },
  ]);
  assert.deepEqual(stored(await rsvpsOf('hedy.lamarr@example.org')), [
    { eventId: event.id, status: 'confirmed', attendeeName: 'Hedy Lamarr' },
  ]);
  const taken = await publicEvent(event.id);
  assert.deepEqual([taken.seatsLeft, taken.waitlist.count], [0, 0], 'the seat is taken, nobody waits');
  assert.deepEqual(first.problems, []);
  assert.deepEqual(second.problems, []);
});
