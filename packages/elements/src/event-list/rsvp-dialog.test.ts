import { AlumniApiError } from '@alumni-kit/client';
import { createMemoryBackend, createUnsignedMemberToken, DEMO_IDS } from '@alumni-kit/client/memory-backend';
import { createProblem, ruleMessage, type Locale, type RsvpRequest } from '@alumni-kit/contract';
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  deferred,
  fill,
  focused,
  keysOf,
  networkError,
  serverError,
  type Step,
} from '../../test/helpers/form.ts';
import {
  ADA,
  CHANGED_VERSION,
  cardText,
  closeDialog,
  control,
  demoEvent,
  dialog,
  eventList,
  inDialog,
  openButton,
  openDialog,
  listWithDialog,
  policyChangingBackend,
  recordingBackend,
  reply,
  settled,
  submit,
  type EventListBackend,
} from '../../test/helpers/event-list.ts';
import { kitStrings } from '../form-kit/strings.ts';
import type { AlumniEventList } from './alumni-event-list.ts';
import { calendarFileName } from './calendar-links.ts';
import { AlumniRsvpCancelledEvent, AlumniRsvpSubmittedEvent } from './rsvp-events.ts';
import { rsvpStrings, type RsvpStrings } from './rsvp-strings.ts';

const ids = DEMO_IDS.events;

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
const bodyOf = (call: { input: { body?: unknown } } | undefined) => call?.input.body as RsvpRequest;

describe('RSVP dialog: by keyboard alone', () => {
  afterEach(() => sessionStorage.clear());

  it('opens with Enter, focuses the title, is filled and sent by keyboard; Escape gives focus back', async () => {
    const { backend, callsOf } = recordingBackend();
    const list = await eventList(backend);
    (document.activeElement as HTMLElement | null)?.blur();
    const opener = openButton(list, ids.servingAlcohol);
    for (let press = 0; press < 30 && focused(list) !== opener; press++) await sendKeys({ press: 'Tab' });
    expect(focused(list)).to.equal(opener);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(list)?.open, 'Enter did not open the dialog');
    expect(focused(list)).to.equal(inDialog(list, 'dialog-title'));

    const native = (name: string) => control(list, name).querySelector('input, textarea');
    const tabTo = async (target: Element | null) => {
      for (let press = 0; press < 5 && focused(list) !== target; press++) await sendKeys({ press: 'Tab' });
      expect(focused(list), target?.id).to.equal(target);
    };
    await tabTo(native('attendee.name'));
    await sendKeys({ type: 'Ada Lovelace' });
    await tabTo(native('attendee.email'));
    await sendKeys({ type: 'ada@example.com' });
    await tabTo(native('acknowledgedPolicies.pol_alcohol'));
    await sendKeys({ press: 'Space' });
    await tabTo(native('acknowledgedPolicies.pol_code_of_conduct'));
    await sendKeys({ press: 'Space' });
    await tabTo(inDialog(list, 'submit'));
    await sendKeys({ press: 'Enter' });
    await settled(list);

    expect(inDialog(list, 'result')?.part.contains('confirmed')).to.equal(true);
    expect(focused(list)).to.equal(inDialog(list, 'result'));
    expect(callsOf('createRsvp')).to.have.length(1);
    expect(bodyOf(callsOf('createRsvp')[0])).to.deep.include({
      attendee: { name: 'Ada Lovelace', email: 'ada@example.com' },
    });

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => dialog(list) === null, 'Escape did not close the dialog');
    expect(focused(list)).to.equal(openButton(list, ids.servingAlcohol));
  });
});

describe('RSVP dialog: opening and closing', () => {
  it('an event opened at once after another was closed stays open', async () => {
    const list = await listWithDialog(recordingBackend().backend, ids.unlimited);
    // The first dialog's `close` event comes a task later, once the second is open.
    dialog(list)?.close();
    await openDialog(list, ids.volunteering);
    await new Promise((resolve) => setTimeout(resolve));
    await list.updateComplete;
    expect(dialog(list)?.open).to.equal(true);
    expect(text(inDialog(list, 'dialog-title'))).to.equal((await demoEvent(ids.volunteering)).title);
  });
});

describe('RSVP dialog: invalid replies', () => {
  afterEach(() => sessionStorage.clear());

  for (const lang of ['en', 'ja'] as const) {
    it(`sends nothing, marks each field and policy, sums up and focuses the first (${lang})`, async () => {
      const { backend, callsOf } = recordingBackend();
      const list = await listWithDialog(backend, ids.servingAlcohol, lang);
      await submit(list);

      expect(callsOf('createRsvp')).to.have.length(0);
      const expected = {
        'attendee.name': ruleMessage('required', lang),
        'attendee.email': ruleMessage('required', lang),
        'acknowledgedPolicies.pol_alcohol': ruleMessage('must_accept', lang),
        'acknowledgedPolicies.pol_code_of_conduct': ruleMessage('must_accept', lang),
      };
      for (const [name, message] of Object.entries(expected)) {
        expect(control(list, name).error, name).to.equal(message);
        expect(text(control(list, name).querySelector('[part~="error"]')), name).to.contain(message);
      }
      const summary = inDialog(list, 'error-summary');
      expect(text(summary?.querySelector('h3'))).to.equal(kitStrings[lang].summaryTitle);
      const links = [...(summary?.querySelectorAll('a') ?? [])].map((link) => text(link));
      expect(links).to.deep.equal(
        Object.entries(expected).map(([name, message]) => `${control(list, name).label}: ${message}`),
      );
      expect(focused(list)).to.equal(control(list, 'attendee.name').querySelector('input'));
    });
  }

  it('an invalid e-mail is named as such, and a corrected field loses its error', async () => {
    const { backend, callsOf } = recordingBackend();
    const list = await listWithDialog(backend, ids.unlimited);
    await fill(list, { ...ADA, 'attendee.email': 'ada@example' });
    await submit(list);
    expect(callsOf('createRsvp')).to.have.length(0);
    expect(control(list, 'attendee.email').error).to.equal(ruleMessage('invalid_email', 'en'));
    expect(focused(list)).to.equal(control(list, 'attendee.email').querySelector('input'));
    await fill(list, { 'attendee.email': 'ada@example.com' });
    expect(control(list, 'attendee.email').error).to.equal('');
  });
});

describe('RSVP dialog: what it sends', () => {
  afterEach(() => sessionStorage.clear());

  it('acknowledges each policy by id at its current version, with the attendee and their needs', async () => {
    const { backend, callsOf } = recordingBackend();
    const list = await listWithDialog(backend, ids.servingAlcohol);
    expect(control(list, 'presentation.topic')).to.equal(null);
    await reply(list, ids.servingAlcohol, {
      'needs.accessibility': 'Step-free access',
      'needs.dietary': 'Vegetarian',
    });

    const { policies } = await demoEvent(ids.servingAlcohol);
    expect(policies.map(({ id }) => id)).to.deep.equal(['pol_alcohol', 'pol_code_of_conduct']);
    const body = bodyOf(callsOf('createRsvp')[0]);
    expect(Object.keys(body).sort()).to.deep.equal(['acknowledgedPolicies', 'antiSpam', 'attendee', 'needs']);
    expect(body).to.deep.include({
      attendee: { name: 'Ada Lovelace', email: 'ada@example.com' },
      needs: { accessibility: 'Step-free access', dietary: 'Vegetarian' },
      acknowledgedPolicies: policies.map(({ id, version }) => ({ policyId: id, version })),
    });
    expect(body.antiSpam?.fillTimeMs).to.be.a('number');
  });

  it('proposes a talk at the call-for-speakers event when a topic is written', async () => {
    const { backend, callsOf } = recordingBackend();
    const list = await listWithDialog(backend, ids.callForSpeakers);
    await reply(list, ids.callForSpeakers, {
      'presentation.topic': 'LLM evals in production',
      'presentation.abstract': 'What we measured and why.',
    });
    expect(bodyOf(callsOf('createRsvp')[0]).presentation).to.deep.equal({
      topic: 'LLM evals in production',
      abstract: 'What we measured and why.',
    });
    expect(inDialog(list, 'result')?.part.contains('confirmed')).to.equal(true);
  });

  it('proposes no talk when none is written', async () => {
    const { backend, callsOf } = recordingBackend();
    const list = await listWithDialog(backend, ids.callForSpeakers);
    expect(control(list, 'presentation.topic')).not.to.equal(null);
    await reply(list, ids.callForSpeakers);
    expect(bodyOf(callsOf('createRsvp')[0])).not.to.have.property('presentation');
  });
});

describe('RSVP dialog: the answer', () => {
  afterEach(() => sessionStorage.clear());

  it('confirmed in person: no virtual link', async () => {
    const list = await listWithDialog(recordingBackend().backend, ids.servingAlcohol);
    await reply(list, ids.servingAlcohol);
    expect(inDialog(list, 'result')?.part.contains('confirmed')).to.equal(true);
    expect(text(inDialog(list, 'result'))).to.contain(rsvpStrings.en.confirmed);
    expect(inDialog(list, 'virtual-link')).to.equal(null);
  });

  it('confirmed online: the virtual link appears only then, with the calendar; the event carries the RSVP', async () => {
    const list = await listWithDialog(recordingBackend().backend, ids.unlimited);
    expect(inDialog(list, 'virtual-link')).to.equal(null);
    expect(dialog(list)?.innerHTML).not.to.contain('meet.example.com');
    const submitted = oneEvent(document, 'alumni-rsvp-submitted');
    await fill(list, ADA);
    inDialog(list, 'submit')?.click();
    const event = await submitted;
    await settled(list);

    expect(event).to.be.instanceOf(AlumniRsvpSubmittedEvent);
    expect(event.bubbles && event.composed).to.equal(true);
    const { rsvp } = event.detail;
    expect(event.detail.event.id).to.equal(ids.unlimited);
    expect(rsvp).to.include({ eventId: ids.unlimited, status: 'confirmed' });
    expect(rsvp.virtualUrl).to.match(/^https:\/\/meet\.example\.com\//);
    const link = inDialog(list, 'virtual-link') as HTMLAnchorElement;
    expect(link.href).to.equal(rsvp.virtualUrl);
    expect(inDialog(list, 'calendar-download')?.textContent?.trim()).to.equal(rsvpStrings.en.downloadIcs);
    const [google, outlook] = [
      ...(dialog(list)?.querySelectorAll<HTMLAnchorElement>('a[part~="calendar-link"]') ?? []),
    ].map((anchor) => anchor.href);
    expect(google).to.match(/^https:\/\/calendar\.google\.com\/calendar\/render\?/);
    expect(new URL(google ?? '').searchParams.get('details')).to.contain(rsvp.virtualUrl);
    expect(outlook).to.match(/^https:\/\/outlook\.live\.com\/calendar\//);
  });

  it('a full event with a waitlist: "Join the waitlist", then the place in the queue, no link', async () => {
    const list = await listWithDialog(recordingBackend().backend, ids.fullWithWaitlist);
    expect(text(inDialog(list, 'submit'))).to.equal('Join the waitlist');
    const submitted = oneEvent(list, 'alumni-rsvp-submitted');
    await fill(list, ADA);
    inDialog(list, 'submit')?.click();
    const { rsvp } = (await submitted).detail;
    await settled(list);

    expect(rsvp).to.include({ status: 'waitlisted', waitlistPosition: 2 });
    const result = inDialog(list, 'result');
    expect(result?.part.contains('waitlisted')).to.equal(true);
    expect(text(result)).to.contain(rsvpStrings.en.waitlistedBody(2));
    expect(inDialog(list, 'virtual-link')).to.equal(null);
    expect(inDialog(list, 'calendar')).to.equal(null);
  });
});

describe('RSVP dialog: cancelling', () => {
  afterEach(() => sessionStorage.clear());

  it('cancels the reply, fires alumni-rsvp-cancelled with it, and the card gets its seat back', async () => {
    const list = await listWithDialog(recordingBackend().backend, ids.volunteering);
    expect(cardText(list, ids.volunteering, 'availability')).to.equal('25 seats left');
    const submitted = oneEvent(list, 'alumni-rsvp-submitted');
    await reply(list, ids.volunteering);
    const { rsvp } = (await submitted).detail;
    await waitUntil(() => cardText(list, ids.volunteering, 'availability') === '24 seats left');

    const cancelled = oneEvent(document, 'alumni-rsvp-cancelled');
    inDialog(list, 'cancel')?.click();
    const event = await cancelled;
    expect(event).to.be.instanceOf(AlumniRsvpCancelledEvent);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.rsvp).to.include({ id: rsvp.id, status: 'cancelled' });
    expect(event.detail.event.id).to.equal(ids.volunteering);
    await list.updateComplete;
    const result = inDialog(list, 'result');
    expect(result?.part.contains('cancelled')).to.equal(true);
    expect(text(result)).to.contain(rsvpStrings.en.cancelled);
    expect(focused(list)).to.equal(result);
    await waitUntil(
      () => cardText(list, ids.volunteering, 'availability') === '25 seats left',
      'the card did not get its seat back',
    );
    expect(text(inDialog(list, 'availability'))).to.equal('25 seats left');
  });
});

describe('RSVP dialog: failures', () => {
  const held: (() => void)[] = [];
  afterEach(() => {
    for (const release of held.splice(0)) release();
    sessionStorage.clear();
  });

  it('an answer lost on the way: values stay, the retry reuses the key, one RSVP is made', async () => {
    const { backend, callsOf } = recordingBackend([{ lost: networkError() }]);
    const list = await listWithDialog(backend, ids.volunteering);
    await reply(list, ids.volunteering, { 'needs.dietary': 'Vegan' });

    expect(text(inDialog(list, 'message'))).to.equal(rsvpStrings.en.offline);
    expect(text(inDialog(list, 'submit'))).to.equal(rsvpStrings.en.retry);
    expect(control(list, 'attendee.name').value).to.equal('Ada Lovelace');
    expect(control(list, 'needs.dietary').value).to.equal('Vegan');

    await submit(list);
    const calls = callsOf('createRsvp');
    expect(calls).to.have.length(2);
    const [first, second] = keysOf(calls);
    expect(first).to.be.a('string');
    expect(second).to.equal(first);
    expect(bodyOf(calls[1])).to.deep.equal(bodyOf(calls[0]));
    // A second RSVP would be answered as "already replied", without a cancel token.
    expect(inDialog(list, 'result')?.part.contains('confirmed')).to.equal(true);
    expect(text(inDialog(list, 'result'))).not.to.contain(rsvpStrings.en.alreadyReplied);
    expect(inDialog(list, 'cancel')).not.to.equal(null);
    await waitUntil(() => cardText(list, ids.volunteering, 'availability') === '24 seats left');
  });

  it('a server error: a retry message, then the same key again', async () => {
    const { backend, callsOf } = recordingBackend([serverError()]);
    const list = await listWithDialog(backend, ids.unlimited);
    await reply(list, ids.unlimited);
    expect(text(inDialog(list, 'message'))).to.equal(rsvpStrings.en.serverError);
    expect(control(list, 'attendee.email').value).to.equal('ada@example.com');
    await submit(list);
    expect(inDialog(list, 'result')?.part.contains('confirmed')).to.equal(true);
    expect(callsOf('createRsvp')).to.have.length(2);
    expect(new Set(keysOf(callsOf('createRsvp'))).size).to.equal(1);
  });

  it('a double click submits once', async () => {
    const hold = deferred();
    held.push(hold.release);
    const { backend, callsOf } = recordingBackend([{ hold: hold.promise }]);
    const list = await listWithDialog(backend, ids.unlimited);
    await fill(list, ADA);
    const button = inDialog(list, 'submit') as HTMLButtonElement;
    button.click();
    button.click();
    await list.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(text(button)).to.equal(rsvpStrings.en.sending);
    expect(text(inDialog(list, 'message'))).to.equal(rsvpStrings.en.sendingStatus);
    button.click();
    hold.release();
    await settled(list);
    expect(callsOf('createRsvp')).to.have.length(1);
    expect(inDialog(list, 'result')?.part.contains('confirmed')).to.equal(true);
  });

  it('an event filled up since the list loaded: a notice instead of the form, and the card refreshed', async () => {
    const memory = createMemoryBackend();
    const list = await listWithDialog(recordingBackend([], memory).backend, ids.volunteering);
    expect(cardText(list, ids.volunteering, 'availability')).to.equal('25 seats left');
    for (let seat = 0; seat < 25; seat++) {
      const attendee = { name: `Guest ${seat}`, email: `guest${seat}@example.com` };
      await memory.createRsvp(
        { params: { eventId: ids.volunteering }, body: { attendee, antiSpam: { fillTimeMs: 5000 } } },
        { locale: 'en' },
      );
    }
    await reply(list, ids.volunteering);

    await waitUntil(() => inDialog(list, 'notice'), 'no notice');
    expect(text(inDialog(list, 'notice'))).to.equal(rsvpStrings.en.full);
    expect(inDialog(list, 'notice')?.getAttribute('role')).to.equal('alert');
    expect(inDialog(list, 'rsvp-form')).to.equal(null);
    await waitUntil(() => cardText(list, ids.volunteering, 'availability') === 'Full', 'card not refreshed');
    expect(text(inDialog(list, 'availability'))).to.equal('Full');
  });

  it('an event cancelled since the list loaded: says so instead of the form, and the card shows it', async () => {
    const memory = createMemoryBackend();
    let cancelledByOrganisers = false;
    const backend: EventListBackend = {
      ...memory,
      getEvent: async (input, context) => ({
        ...(await memory.getEvent(input, context)),
        ...(cancelledByOrganisers && { status: 'cancelled' as const }),
      }),
      createRsvp: async () => {
        cancelledByOrganisers = true;
        throw new AlumniApiError(createProblem({ code: 'event_unavailable' }));
      },
    };
    const list = await listWithDialog(backend, ids.unlimited);
    await reply(list, ids.unlimited);
    await waitUntil(
      () => cardText(list, ids.unlimited, 'availability') === 'Cancelled',
      'card not refreshed',
    );
    await list.updateComplete;
    expect(text(inDialog(list, 'notice'))).to.equal(rsvpStrings.en.cancelledEvent);
    expect(inDialog(list, 'rsvp-form')).to.equal(null);
  });

  it('a policy changed since the dialog opened: a notice and a fresh checkbox for the new version', async () => {
    const { backend, callsOf } = recordingBackend([], policyChangingBackend());
    const list = await listWithDialog(backend, ids.servingAlcohol);
    const before = control(list, 'acknowledgedPolicies.pol_alcohol');
    expect(before.label).to.contain('2026-01');
    await reply(list, ids.servingAlcohol);

    await waitUntil(() => control(list, 'acknowledgedPolicies.pol_alcohol') !== before, 'no new checkbox');
    await list.updateComplete;
    const notices = [...(dialog(list)?.querySelectorAll('[part~="notice"]') ?? [])].map(text);
    expect(notices).to.include(rsvpStrings.en.policyChanged);
    const fresh = control(list, 'acknowledgedPolicies.pol_alcohol');
    expect(fresh.label).to.contain(CHANGED_VERSION);
    expect(fresh.value).to.equal(false);
    expect(control(list, 'acknowledgedPolicies.pol_code_of_conduct').value).to.equal(true);
    expect(control(list, 'attendee.name').value).to.equal('Ada Lovelace');
    // The refusal's error, the summary and the focus are on the new checkbox, not the one gone.
    expect(fresh.error).to.equal(ruleMessage('must_accept', 'en'));
    const links = [...(inDialog(list, 'error-summary')?.querySelectorAll('a') ?? [])].map(text);
    expect(links).to.deep.equal([`${fresh.label}: ${fresh.error}`]);
    expect(focused(list)).to.equal(fresh.querySelector('input'));

    await fill(list, { 'acknowledgedPolicies.pol_alcohol': true });
    await submit(list);
    expect(inDialog(list, 'result')?.part.contains('confirmed')).to.equal(true);
    const calls = callsOf('createRsvp');
    expect(calls).to.have.length(2);
    expect(bodyOf(calls[1]).acknowledgedPolicies).to.deep.include({
      policyId: 'pol_alcohol',
      version: CHANGED_VERSION,
    });
    expect(keysOf(calls)[1]).not.to.equal(keysOf(calls)[0]);
  });
});

describe('RSVP dialog: drafts', () => {
  afterEach(() => sessionStorage.clear());

  it('what was typed survives closing and a reload, per event, and is gone after success', async () => {
    const { backend } = recordingBackend();
    const first = await listWithDialog(backend, ids.servingAlcohol);
    await fill(first, {
      'attendee.name': '山田 太郎',
      'needs.dietary': 'No shellfish',
      'acknowledgedPolicies.pol_alcohol': true,
    });
    await closeDialog(first);
    await openDialog(first, ids.servingAlcohol);
    expect(control(first, 'attendee.name').value).to.equal('山田 太郎');
    await closeDialog(first);
    first.remove();

    const reloaded = await eventList(backend);
    await openDialog(reloaded, ids.volunteering);
    expect(control(reloaded, 'attendee.name').value).to.equal('');
    await closeDialog(reloaded);
    await openDialog(reloaded, ids.servingAlcohol);
    expect(control(reloaded, 'attendee.name').value).to.equal('山田 太郎');
    expect(control(reloaded, 'needs.dietary').value).to.equal('No shellfish');
    expect(control(reloaded, 'acknowledgedPolicies.pol_alcohol').value).to.equal(true);
    expect(control(reloaded, 'acknowledgedPolicies.pol_code_of_conduct').value).to.equal(false);
    expect(localStorage.length).to.equal(0);

    await fill(reloaded, {
      'attendee.email': 'taro@example.com',
      'acknowledgedPolicies.pol_code_of_conduct': true,
    });
    await submit(reloaded);
    expect(inDialog(reloaded, 'result')?.part.contains('confirmed')).to.equal(true);
    expect(sessionStorage.length).to.equal(0);
    reloaded.remove();
    const again = await eventList(backend);
    await openDialog(again, ids.servingAlcohol);
    expect(control(again, 'attendee.name').value).to.equal('');
  });
});

describe('RSVP dialog: with a member token', () => {
  afterEach(() => sessionStorage.clear());

  it('asks for no name or e-mail, and the backend takes the reply as the member', async () => {
    const token = createUnsignedMemberToken(DEMO_IDS.members.alumna);
    const { backend, callsOf } = recordingBackend();
    const list = await eventList(backend, { memberToken: token });
    await openDialog(list, ids.unlimited);
    expect(control(list, 'attendee.name')).to.equal(null);
    expect(control(list, 'attendee.email')).to.equal(null);
    expect(text(dialog(list))).to.contain(rsvpStrings.en.asMember);
    await submit(list);

    expect(inDialog(list, 'result')?.part.contains('confirmed')).to.equal(true);
    const [call] = callsOf('createRsvp');
    expect(call?.context.memberToken).to.equal(token);
    expect(bodyOf(call)).not.to.have.property('attendee');
    expect(inDialog(list, 'virtual-link')).not.to.equal(null);
  });
});

describe('RSVP dialog: the calendar file', () => {
  let originalClick: typeof HTMLAnchorElement.prototype.click;
  beforeEach(() => (originalClick = HTMLAnchorElement.prototype.click));
  afterEach(() => {
    HTMLAnchorElement.prototype.click = originalClick;
    sessionStorage.clear();
  });

  it('"Download .ics file" fetches the server\'s calendar and offers it under the event\'s name', async () => {
    const { backend, callsOf } = recordingBackend();
    const list = await listWithDialog(backend, ids.unlimited);
    await reply(list, ids.unlimited);
    const offered: { download: string; href: string }[] = [];
    HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
      offered.push({ download: this.download, href: this.href });
    };
    inDialog(list, 'calendar-download')?.click();
    await waitUntil(() => offered.length, 'no file was offered');

    const calls = callsOf('getEventCalendar');
    expect(calls).to.have.length(1);
    expect(calls[0]?.input.params).to.deep.equal({ eventId: ids.unlimited });
    const [file] = offered;
    expect(file?.download).to.equal(calendarFileName(await demoEvent(ids.unlimited)));
    expect(file?.href).to.match(/^blob:/);
    const ics = await (await fetch(file?.href ?? '')).text();
    expect(ics).to.match(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).to.equal(calls[0]?.result);
  });
});

type DialogState =
  | 'idle'
  | 'invalid'
  | 'submitting'
  | 'confirmed'
  | 'waitlisted'
  | 'cancelled reply'
  | 'offline'
  | 'server error'
  | 'event full'
  | 'policy changed'
  | 'cancelled event'
  | 'past event';

/** Answers held back to keep a reply sending; released after each test. */
const held: (() => void)[] = [];

/**
 * A list in `lang` whose dialog of `eventId` was sent a valid reply, on a backend made afresh
 * for each list (a script is used up by its first list); `script` decides the answer.
 */
const replied =
  (eventId: string, script: () => Step[] = () => [], backend?: () => EventListBackend) =>
  async (lang: Locale) => {
    const list = await listWithDialog(recordingBackend(script(), backend?.()).backend, eventId, lang);
    await reply(list, eventId);
    return list;
  };

const notice = (list: AlumniEventList) =>
  [...(dialog(list)?.querySelectorAll('[part~="notice"]') ?? [])].map(text);

/** How a person brings the dialog to each state, and how it shows that it is there. */
const STATES: Record<
  DialogState,
  {
    reach(lang: Locale): Promise<AlumniEventList>;
    shown(list: AlumniEventList, t: RsvpStrings): boolean;
  }
> = {
  idle: {
    reach: (lang) => listWithDialog(recordingBackend().backend, ids.servingAlcohol, lang),
    shown: (list) => Boolean(inDialog(list, 'rsvp-form')) && !inDialog(list, 'error-summary'),
  },
  invalid: {
    reach: async (lang) => {
      const list = await listWithDialog(recordingBackend().backend, ids.servingAlcohol, lang);
      await fill(list, { 'attendee.email': 'not an address' });
      await submit(list);
      return list;
    },
    shown: (list) => Boolean(inDialog(list, 'error-summary')),
  },
  submitting: {
    reach: async (lang) => {
      const hold = deferred();
      held.push(hold.release);
      const list = await listWithDialog(
        recordingBackend([{ hold: hold.promise }]).backend,
        ids.unlimited,
        lang,
      );
      await fill(list, ADA);
      inDialog(list, 'submit')?.click();
      await list.updateComplete;
      return list;
    },
    shown: (list, t) => text(inDialog(list, 'message')) === t.sendingStatus,
  },
  confirmed: {
    reach: replied(ids.unlimited),
    shown: (list) =>
      Boolean(inDialog(list, 'result')?.part.contains('confirmed') && inDialog(list, 'virtual-link')),
  },
  waitlisted: {
    reach: replied(ids.fullWithWaitlist),
    shown: (list) => Boolean(inDialog(list, 'result')?.part.contains('waitlisted')),
  },
  'cancelled reply': {
    reach: async (lang) => {
      const list = await replied(ids.unlimited)(lang);
      inDialog(list, 'cancel')?.click();
      return list;
    },
    shown: (list) => Boolean(inDialog(list, 'result')?.part.contains('cancelled')),
  },
  offline: {
    reach: replied(ids.servingAlcohol, () => [networkError()]),
    shown: (list, t) => text(inDialog(list, 'message')) === t.offline,
  },
  'server error': {
    reach: replied(ids.servingAlcohol, () => [serverError()]),
    shown: (list, t) => text(inDialog(list, 'message')) === t.serverError,
  },
  'event full': {
    reach: (lang) => listWithDialog(recordingBackend().backend, ids.fullWithoutWaitlist, lang),
    shown: (list, t) => notice(list).includes(t.fullNoWaitlist) && !inDialog(list, 'rsvp-form'),
  },
  'policy changed': {
    reach: replied(ids.servingAlcohol, () => [], policyChangingBackend),
    shown: (list, t) =>
      notice(list).includes(t.policyChanged) &&
      control(list, 'acknowledgedPolicies.pol_alcohol').error !== '',
  },
  'cancelled event': {
    reach: (lang) => listWithDialog(recordingBackend().backend, ids.cancelled, lang),
    shown: (list, t) => notice(list).includes(t.cancelledEvent) && !inDialog(list, 'rsvp-form'),
  },
  'past event': {
    reach: async (lang) => {
      const list = await eventList(recordingBackend().backend, { lang, when: 'past' });
      await openDialog(list, ids.pastLearning);
      return list;
    },
    shown: (list, t) => notice(list).includes(t.pastEvent) && !inDialog(list, 'rsvp-form'),
  },
};

describe('RSVP dialog: every state is accessible', () => {
  afterEach(() => {
    for (const release of held.splice(0)) release();
    sessionStorage.clear();
  });

  for (const lang of ['en', 'ja'] as const) {
    for (const [state, { reach, shown }] of Object.entries(STATES)) {
      it(`${state} (${lang}): axe finds no violation`, async () => {
        const list = await reach(lang);
        await waitUntil(() => shown(list, rsvpStrings[lang]), `the dialog did not reach "${state}"`);
        await list.updateComplete;
        expect(dialog(list)?.open).to.equal(true);
        expect(dialog(list)?.closest('[lang]')?.getAttribute('lang')).to.equal(lang);
        await expect(list).to.be.accessible();
      });
    }
  }
});
