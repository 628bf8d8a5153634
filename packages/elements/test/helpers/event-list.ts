import { AlumniApiError, type BackendOf, type CallContext } from '@alumni-kit/client';
import { createMemoryBackend, DEMO_IDS } from '@alumni-kit/client/memory-backend';
import { createProblem, issueFieldError, policyIssues, type AlumniEvent } from '@alumni-kit/contract';
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { FormControl } from '../../src/form-kit/form-control.ts';
import type { AlumniEventList, EventListRoutes } from '../../src/event-list/alumni-event-list.ts';
import '../../src/event-list/define.ts';
import { fill, scripted, type Step } from './form.ts';

export type EventListBackend = BackendOf<EventListRoutes>;
type OperationId = keyof EventListBackend;
type Operation = (
  input: { params?: Record<string, string>; body?: unknown },
  context: CallContext,
) => Promise<unknown>;

/**
 * `backend` (by default a fresh in-memory backend) behind recorders: every call of every
 * operation is recorded, and `script` decides the `createRsvp` calls, one step each.
 */
export function recordingBackend(script: Step[] = [], backend: EventListBackend = createMemoryBackend()) {
  const recorders = new Map(
    (Object.keys(backend) as OperationId[]).map((operation) => [
      operation,
      scripted(backend[operation] as Operation, operation === 'createRsvp' ? script : []),
    ]),
  );
  const recorded = Object.fromEntries([...recorders].map(([operation, { run }]) => [operation, run]));
  const callsOf = (operation: OperationId) => recorders.get(operation)?.calls ?? [];
  return { backend: recorded as unknown as EventListBackend, callsOf };
}

/** A demo event as the in-memory backend has it now. */
export const demoEvent = (eventId: string): Promise<AlumniEvent> =>
  createMemoryBackend().getEvent({ params: { eventId } }, { locale: 'en' });

export interface ListOptions {
  lang?: string;
  when?: 'upcoming' | 'past';
  memberToken?: string;
}

/** A list of every event of `when`, loaded. */
export async function eventList(backend: EventListBackend, options: ListOptions = {}) {
  const list = await fixture<AlumniEventList>(
    html`<alumni-event-list
      lang=${options.lang ?? 'en'}
      time-zone="UTC"
      when=${options.when ?? 'upcoming'}
      limit="100"
      member-token=${options.memberToken ?? ''}
      .backend=${backend}
    ></alumni-event-list>`,
  );
  await waitUntil(() => list.state !== 'loading', 'the list kept loading');
  await list.updateComplete;
  return list;
}

const root = (list: AlumniEventList) => list.shadowRoot as ShadowRoot;

const card = (list: AlumniEventList, eventId: string) =>
  root(list).querySelector(`[data-event-id="${eventId}"]`) as HTMLElement;

export const openButton = (list: AlumniEventList, eventId: string) =>
  card(list, eventId).querySelector('[part~="open-dialog"]') as HTMLButtonElement;

export const dialog = (list: AlumniEventList) => root(list).querySelector('dialog');

/** An element of the open dialog by part name; `null` when the dialog has none. */
export const inDialog = (list: AlumniEventList, part: string) =>
  dialog(list)?.querySelector<HTMLElement>(`[part~="${part}"]`) ?? null;

export const control = (list: AlumniEventList, name: string) =>
  dialog(list)?.querySelector(`[name="${name}"]`) as FormControl<unknown>;

/** Opens the event's details and reply with its card's button; resolves once the dialog is open. */
export async function openDialog(list: AlumniEventList, eventId: string): Promise<HTMLDialogElement> {
  openButton(list, eventId).click();
  await waitUntil(() => dialog(list)?.open, `the dialog of ${eventId} did not open`);
  return dialog(list) as HTMLDialogElement;
}

/** Closes the dialog and waits for its `close` event (a task later), which takes it out. */
export async function closeDialog(list: AlumniEventList): Promise<void> {
  const open = dialog(list) as HTMLDialogElement;
  const closed = oneEvent(open, 'close');
  open.close();
  await closed;
  await list.updateComplete;
}

/** A list on `backend` in `lang` with the dialog of `eventId` open. */
export async function listWithDialog(backend: EventListBackend, eventId: string, lang = 'en') {
  const list = await eventList(backend, { lang });
  await openDialog(list, eventId);
  return list;
}

export const ADA = { 'attendee.name': 'Ada Lovelace', 'attendee.email': 'ada@example.com' };
const { servingAlcohol } = DEMO_IDS.events;
/** The alcohol-serving event's policies, ticked. */
export const BOTH_POLICIES = {
  'acknowledgedPolicies.pol_alcohol': true,
  'acknowledgedPolicies.pol_code_of_conduct': true,
};

/** Replies to `eventId` as Ada (accepting the alcohol-serving event's policies), with `extra` values. */
export async function reply(list: AlumniEventList, eventId: string, extra: Record<string, unknown> = {}) {
  await fill(list, { ...ADA, ...(eventId === servingAlcohol ? BOTH_POLICIES : {}), ...extra });
  await submit(list);
}

/** Waits until the reply is no longer being sent (its button is no longer disabled, or is gone). */
export async function settled(list: AlumniEventList): Promise<void> {
  await list.updateComplete;
  await waitUntil(
    () => inDialog(list, 'submit')?.getAttribute('aria-disabled') !== 'true',
    'the reply is still being sent',
  );
  await list.updateComplete;
}

/** Clicks the reply's submit button and waits until it is no longer sending. */
export async function submit(list: AlumniEventList): Promise<void> {
  inDialog(list, 'submit')?.click();
  await settled(list);
}

/** The text of the list card's part, trimmed. */
export const cardText = (list: AlumniEventList, eventId: string, part: string) =>
  card(list, eventId).querySelector(`[part~="${part}"]`)?.textContent?.trim();

/** The version the alcohol policy takes in `policyChangingBackend`. */
export const CHANGED_VERSION = '2026-12';

/**
 * The in-memory backend, where the organisers give the alcohol-serving event's alcohol policy
 * a new version at the moment the first reply arrives. The store keeps the old version, so
 * acknowledgements are checked here against the new one, then passed on as of the old one.
 */
export function policyChangingBackend(): EventListBackend {
  const memory = createMemoryBackend();
  let changed = false;
  const current = (event: AlumniEvent): AlumniEvent =>
    changed && event.id === servingAlcohol
      ? {
          ...event,
          policies: event.policies.map((policy) =>
            policy.id === 'pol_alcohol' ? { ...policy, version: CHANGED_VERSION } : policy,
          ),
        }
      : event;
  const getEvent: EventListBackend['getEvent'] = async (input, context) =>
    current(await memory.getEvent(input, context));
  return {
    ...memory,
    getEvent,
    listEvents: async (input, context) => {
      const page = await memory.listEvents(input, context);
      return { ...page, items: page.items.map(current) };
    },
    createRsvp: async (input, context) => {
      changed = true;
      const { policies } = await getEvent({ params: input.params }, context);
      const errors = policyIssues(policies, input.body.acknowledgedPolicies ?? []).map((issue) =>
        issueFieldError(issue, context.locale),
      );
      if (errors.length) throw new AlumniApiError(createProblem({ code: 'policy_not_acknowledged', errors }));
      const stored = await memory.getEvent({ params: input.params }, context);
      const acknowledgedPolicies = stored.policies.map(({ id, version }) => ({ policyId: id, version }));
      return memory.createRsvp({ ...input, body: { ...input.body, acknowledgedPolicies } }, context);
    },
  };
}
