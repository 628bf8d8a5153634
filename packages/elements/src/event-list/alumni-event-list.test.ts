import { AlumniApiError, AlumniNetworkError, type BackendOf } from '@alumni-kit/client';
import { DEMO_IDS, createMemoryBackend } from '@alumni-kit/client/memory-backend';
import { createProblem, type AlumniEvent, type EventListQuery, type EventPage } from '@alumni-kit/contract';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AlumniEventList, EventListRoutes, EventListState } from './alumni-event-list.ts';
import './define.ts';
import { eventListStrings } from './strings.ts';

type Backend = BackendOf<EventListRoutes>;
type Answer = EventPage | Error | Promise<EventPage>;

/** The in-memory backend's `listEvents`, recording each query (as parsed, defaults filled in); `script` answers the first calls instead. */
function recordingBackend(script: Answer[] = []) {
  const memory = createMemoryBackend();
  const queries: EventListQuery[] = [];
  const backend: Backend = {
    ...memory,
    listEvents: async (input, context) => {
      queries.push(input.query ?? {});
      const answer = script.shift();
      if (answer instanceof Error) throw answer;
      return answer ?? memory.listEvents(input, context);
    },
  };
  return { backend, queries };
}

const allUpcoming = async () =>
  (await createMemoryBackend().listEvents({ query: { limit: 100 } }, { locale: 'en' })).items;

async function eventList(
  backend: Backend,
  attributes: { lang?: string; limit?: number; timeZone?: string } = {},
) {
  const list = await fixture<AlumniEventList>(
    html`<alumni-event-list
      lang=${attributes.lang ?? 'en'}
      time-zone=${attributes.timeZone ?? 'UTC'}
      .limit=${attributes.limit}
      .backend=${backend}
    ></alumni-event-list>`,
  );
  await settled(list);
  return list;
}

async function settled(list: AlumniEventList) {
  await waitUntil(() => list.state !== 'loading', 'the list kept loading');
  await list.updateComplete;
}

const root = (list: AlumniEventList) => list.shadowRoot as ShadowRoot;
const part = (list: AlumniEventList, name: string) =>
  root(list).querySelector<HTMLElement>(`[part~="${name}"]`);
const shownIds = (list: AlumniEventList) =>
  [...root(list).querySelectorAll<HTMLElement>('[part~="event"]')].map((item) => item.dataset.eventId);
const card = (list: AlumniEventList, id: string) =>
  root(list).querySelector<HTMLElement>(`[data-event-id="${id}"]`) as HTMLElement;
const cardPart = (list: AlumniEventList, id: string, name: string) =>
  card(list, id).querySelector(`[part~="${name}"]`)?.textContent?.trim();
const focused = (list: AlumniEventList) => root(list).activeElement;

describe('<alumni-event-list>', () => {
  it('shows the upcoming demo events: title, badges, time, place and seats', async () => {
    const list = await eventList(createMemoryBackend(), { limit: 100 });
    const expected = await allUpcoming();
    expect(list.state).to.equal('ready');
    expect(shownIds(list)).to.deep.equal(expected.map((event) => event.id));
    const { events } = DEMO_IDS;
    const garden = expected.find((event) => event.id === events.volunteering) as AlumniEvent;
    expect(cardPart(list, events.volunteering, 'event-title')).to.equal(garden.title);
    expect(cardPart(list, events.volunteering, 'type-badge')).to.equal('Volunteering');
    expect(cardPart(list, events.volunteering, 'format-badge')).to.equal('In person');
    expect(cardPart(list, events.volunteering, 'location')).to.contain(garden.location?.name);
    expect(cardPart(list, events.unlimited, 'location')).to.equal('Online');
    expect(cardPart(list, events.unlimited, 'availability')).to.equal('Open to all');
    expect(cardPart(list, events.fullWithWaitlist, 'availability')).to.equal('Full: waitlist open');
    expect(cardPart(list, events.fullWithoutWaitlist, 'availability')).to.equal('Full');
    expect(card(list, events.volunteering).querySelector('time')?.getAttribute('datetime')).to.equal(
      garden.startsAt,
    );
    expect(part(list, 'status')?.textContent).to.equal(`${expected.length} events shown`);
  });

  it("shows the event's own time only when the viewer's clock differs", async () => {
    const list = await eventList(createMemoryBackend(), { limit: 100, timeZone: 'Asia/Tokyo' });
    const { reunion, volunteering } = DEMO_IDS.events;
    expect(cardPart(list, reunion, 'time')).to.contain('GMT+9');
    expect(cardPart(list, reunion, 'own-time')).to.equal(undefined);
    expect(cardPart(list, volunteering, 'own-time')).to.match(/^Event's local time: .*[ES][DS]T$/);
  });

  it('sends the filters of its attributes and of the filter bar', async () => {
    const { backend, queries } = recordingBackend();
    const list = await fixture<AlumniEventList>(
      html`<alumni-event-list
        lang="en"
        type="learning"
        format="bogus"
        .backend=${backend}
      ></alumni-event-list>`,
    );
    await settled(list);
    expect(queries).to.deep.equal([{ when: 'upcoming', type: 'learning' }]);
    const format = root(list).querySelector('select[name="format"]') as HTMLSelectElement;
    format.value = 'virtual';
    format.dispatchEvent(new Event('change'));
    await settled(list);
    expect(queries.at(-1)).to.deep.equal({
      when: 'upcoming',
      type: 'learning',
      format: 'virtual',
    });
    expect(list.getAttribute('format')).to.equal('virtual');
    const when = root(list).querySelector('select[name="when"]') as HTMLSelectElement;
    when.value = 'past';
    when.dispatchEvent(new Event('change'));
    await settled(list);
    expect(queries.at(-1)).to.deep.equal({ when: 'past', type: 'learning', format: 'virtual' });
    expect(list.state).to.equal('ready');
  });

  it('hide-filters leaves out the filter bar', async () => {
    const list = await fixture<AlumniEventList>(
      html`<alumni-event-list hide-filters .backend=${createMemoryBackend()}></alumni-event-list>`,
    );
    await settled(list);
    expect(part(list, 'filters')).to.equal(null);
  });

  it('"Load more" appends the next page until the last, without duplicates', async () => {
    const list = await eventList(createMemoryBackend(), { limit: 2 });
    expect(shownIds(list)).to.have.length(2);
    while (part(list, 'load-more')) {
      part(list, 'load-more')?.click();
      await settled(list);
    }
    expect(shownIds(list)).to.deep.equal((await allUpcoming()).map((event) => event.id));
  });

  it('drops an event a later page repeats (it moved while paging)', async () => {
    const [first, second, third] = await allUpcoming();
    const pages = [
      { items: [first, second] as AlumniEvent[], nextCursor: 'c1' },
      { items: [second, third] as AlumniEvent[], nextCursor: null },
    ];
    const list = await eventList(recordingBackend(pages).backend);
    part(list, 'load-more')?.click();
    await settled(list);
    expect(shownIds(list)).to.deep.equal([first?.id, second?.id, third?.id]);
  });
});

/** Brings a fresh list in `lang` to each state. */
const REACH: Record<EventListState, (lang: string) => Promise<AlumniEventList>> = {
  loading: async (lang) => {
    const list = await fixture<AlumniEventList>(
      html`<alumni-event-list
        lang=${lang}
        .backend=${recordingBackend([new Promise(() => {})]).backend}
      ></alumni-event-list>`,
    );
    await list.updateComplete;
    return list;
  },
  ready: (lang) => eventList(createMemoryBackend(), { lang }),
  empty: (lang) => eventList(createMemoryBackend({ seed: false }), { lang }),
  error: (lang) =>
    eventList(
      recordingBackend([new AlumniApiError(createProblem({ status: 503, code: 'internal_error' }))]).backend,
      { lang },
    ),
};

describe('<alumni-event-list> states', () => {
  for (const lang of ['en', 'ja'] as const) {
    for (const [state, reach] of Object.entries(REACH)) {
      it(`${state} in ${lang}: designed, not blank, and accessible`, async () => {
        const list = await reach(lang);
        expect(list.state).to.equal(state);
        expect(list.matches(`:state(${state})`)).to.equal(true);
        expect(part(list, 'base')?.textContent?.trim()).not.to.equal(eventListStrings[lang].title);
        await expect(list).to.be.accessible();
      });
    }
  }

  it('loading shows placeholders and says so', async () => {
    const list = await REACH.loading('en');
    expect(part(list, 'placeholder')).not.to.equal(null);
    expect(part(list, 'status')?.textContent).to.equal('Loading events…');
  });

  it('an error offers a retry that loads the list', async () => {
    const list = await REACH.error('en');
    expect(part(list, 'message')?.textContent).to.contain('The events could not be loaded.');
    part(list, 'retry')?.click();
    await settled(list);
    expect(list.state).to.equal('ready');
    expect(part(list, 'message')).to.equal(null);
  });

  it('no answer at all asks to check the connection', async () => {
    const list = await eventList(
      recordingBackend([new AlumniNetworkError('offline', { timedOut: false })]).backend,
    );
    expect(part(list, 'message')?.textContent).to.contain('Check your connection');
  });

  it('a failed "Load more" keeps the list and retries the same page', async () => {
    const { backend, queries } = recordingBackend();
    const list = await eventList(backend, { limit: 2 });
    const firstPage = shownIds(list);
    const failing = backend.listEvents;
    backend.listEvents = () => Promise.reject(new AlumniNetworkError('offline', { timedOut: false }));
    part(list, 'load-more')?.click();
    await settled(list);
    expect(shownIds(list)).to.deep.equal(firstPage);
    expect(focused(list)).to.equal(part(list, 'retry'));
    backend.listEvents = failing;
    part(list, 'retry')?.click();
    await settled(list);
    expect(shownIds(list)).to.have.length(4);
    expect(queries.at(-1)?.cursor).to.be.a('string');
  });

  it('the grid layout, in the dark theme, is accessible too', async () => {
    const list = await eventList(createMemoryBackend());
    list.layout = 'grid';
    list.theme = 'dark';
    await list.updateComplete;
    expect(part(list, 'list')?.getAttribute('part')).to.equal('list grid');
    await expect(list).to.be.accessible();
  });
});

describe('<alumni-event-list> layout by its own width', () => {
  const columns = (list: AlumniEventList) =>
    new Set(
      [...root(list).querySelectorAll('[part~="card"]')].map((item) => item.getBoundingClientRect().left),
    ).size;

  it('fits a 320 px sidebar in one column, and puts grid cards side by side on a wide page', async () => {
    const list = await eventList(createMemoryBackend(), { limit: 6 });
    list.layout = 'grid';
    list.style.inlineSize = '320px';
    await list.updateComplete;
    const base = part(list, 'base') as HTMLElement;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(columns(list)).to.equal(1);
    list.style.inlineSize = '1000px';
    expect(columns(list)).to.be.above(1);
  });
});

describe('<alumni-event-list> by keyboard alone', () => {
  it('changes a filter with the arrow keys and loads more with Enter, focus on the first new event', async () => {
    const { backend, queries } = recordingBackend();
    const list = await eventList(backend, { limit: 2 });
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(focused(list)?.getAttribute('name')).to.equal('type');
    await sendKeys({ press: 'ArrowDown' });
    await settled(list);
    expect(queries.at(-1)?.type).to.equal('learning');
    await sendKeys({ press: 'ArrowUp' });
    await settled(list);
    expect(queries.at(-1)?.type).to.equal(undefined);
    part(list, 'load-more')?.focus();
    await sendKeys({ press: 'Enter' });
    await settled(list);
    const third = shownIds(list)[2] as string;
    expect(focused(list)).to.equal(card(list, third).querySelector('[part~="card"]'));
  });
});
