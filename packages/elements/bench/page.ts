/**
 * The benchmark's side in the page: renders `n` events once with `<alumni-event-list>` and once
 * as a plain `innerHTML` string in a shadow root styled like the element, and times
 * each from the start until the cards are rendered, laid out and painted.
 */
import type { AlumniEvent, EventPage } from '@alumni-kit/contract';
import type { AlumniEventList } from '../src/event-list/alumni-event-list.ts';
import { cardListStyles } from '../src/event-list/card-list.ts';
import { baselineMarkup } from './baseline-markup.ts';

export type Renderer = 'element' | 'innerHTML';
type Backend = NonNullable<AlumniEventList['backend']>;

const TIME_ZONE = 'UTC';

/** Resolves once the browser has run its pending tasks (a message, unlike `setTimeout`, is never clamped). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(undefined);
  });

/** Resolves after the next frame is painted. */
const painted = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => void nextTask().then(resolve)));

const stage = document.querySelector('main') as HTMLElement;
const events: AlumniEvent[] = await (await fetch('/events.json')).json();
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.effectiveDirective}: ${event.blockedURI || event.sample}`);
});

/** Lays out what is pending, then waits for the frame showing it. */
async function laidOutAndPainted(root: ShadowRoot): Promise<void> {
  root.querySelector('[part~="list"]')?.getBoundingClientRect();
  await painted();
}

async function renderElement(items: AlumniEvent[]): Promise<ShadowRoot> {
  const list = document.createElement('alumni-event-list') as AlumniEventList;
  list.lang = 'en';
  list.timeZone = TIME_ZONE;
  list.hideFilters = true;
  const page: EventPage = { items, nextCursor: null };
  // All the events in one page. The list calls nothing else until a reader opens an event.
  const backend: Pick<Backend, 'listEvents'> = { listEvents: async () => page };
  list.backend = backend as Backend;
  stage.append(list);
  await list.updateComplete;
  while (list.state === 'loading') await nextTask();
  if (list.state !== 'ready') throw new Error(`<alumni-event-list> ended ${list.state}, not ready`);
  await list.updateComplete;
  const root = list.shadowRoot as ShadowRoot;
  await laidOutAndPainted(root);
  return root;
}

async function renderInnerHTML(items: AlumniEvent[]): Promise<ShadowRoot> {
  const host = stage.appendChild(document.createElement('div'));
  const root = host.attachShadow({ mode: 'open' });
  const { elementStyles } = customElements.get('alumni-event-list') as typeof AlumniEventList;
  // The plain list: the element's look, without the rules that keep its long lists fast.
  root.adoptedStyleSheets = elementStyles.flatMap((style) =>
    style instanceof CSSStyleSheet
      ? style
      : (style.cssText !== cardListStyles.cssText && style.styleSheet) || [],
  );
  root.innerHTML = baselineMarkup(items, TIME_ZONE);
  await laidOutAndPainted(root);
  return root;
}

const renderers: Record<Renderer, (items: AlumniEvent[]) => Promise<ShadowRoot>> = {
  element: renderElement,
  innerHTML: renderInnerHTML,
};

/** What a reader sees of a rendering: the status line and every part name used by the cards. */
function shape(root: ShadowRoot) {
  const parts = new Set(
    [...root.querySelectorAll('[part~="event"], [part~="event"] [part]')].flatMap((node) =>
      (node.getAttribute('part') as string).split(' '),
    ),
  );
  return { status: root.querySelector('[part~="status"]')?.textContent, parts: [...parts].sort() };
}

async function clear(): Promise<void> {
  stage.replaceChildren();
  (globalThis as { gc?: () => void }).gc?.();
  await painted();
}

const bench = {
  /** Milliseconds `renderer` takes to show the first `count` events. */
  async time(renderer: Renderer, count: number): Promise<number> {
    await clear();
    const start = performance.now();
    await renderers[renderer](events.slice(0, count));
    return performance.now() - start;
  },
  /** What each renderer shows of the first `count` events, to check that both show the same. */
  async shapes(count: number) {
    const shapes: Partial<Record<Renderer, ReturnType<typeof shape>>> = {};
    for (const renderer of ['element', 'innerHTML'] as const) {
      await clear();
      shapes[renderer] = shape(await renderers[renderer](events.slice(0, count)));
    }
    await clear();
    return shapes as Record<Renderer, ReturnType<typeof shape>>;
  },
  violations,
};

export type Bench = typeof bench;
Object.assign(globalThis, { bench });
