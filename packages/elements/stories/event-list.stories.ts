import { createMemoryBackend, DEMO_IDS } from '@alumni-kit/client/memory-backend';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import '@alumni-kit/elements/event-list.js';
import { failing, hanging, networkError, serverError, withBackend } from './support/backends.ts';
import { fill, part, playUntil, reached, shadow, storyElement, submit, until } from './support/interact.ts';

const TAG = 'alumni-event-list';
const { events } = DEMO_IDS;

const meta = {
  title: 'Elements/Event list',
  component: TAG,
  loaders: [withBackend(() => createMemoryBackend())],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const ADA = { 'attendee.name': 'Ada Lovelace', 'attendee.email': 'ada@example.com' };

/** Opens the details-and-reply dialog of `eventId` from its card, once the list has loaded. */
async function openEvent(canvasElement: HTMLElement, eventId: string) {
  const list = storyElement(canvasElement, TAG);
  await reached(list, 'ready');
  const card = shadow(list).querySelector<HTMLElement>(`[data-event-id="${eventId}"]`);
  if (!card) throw new Error(`No card for ${eventId}`);
  await userEvent.click(part(card, 'open-dialog'));
  const dialog = await until(() => {
    const open = shadow(list).querySelector('dialog');
    expect(open?.open).toBe(true);
    return open as HTMLDialogElement;
  }, `the dialog of ${eventId} open`);
  return { list, dialog };
}

/** A play function opening the dialog of `eventId`. */
const opening =
  (eventId: string): Story['play'] =>
  async ({ canvasElement }) => {
    await openEvent(canvasElement, eventId);
  };

/** A play function replying to `eventId` as `values` and waiting for the dialog's box with all of `parts`. */
const replying =
  (eventId: string, values: Record<string, unknown>, parts: string[]): Story['play'] =>
  async ({ canvasElement }) => {
    const { list, dialog } = await openEvent(canvasElement, eventId);
    await fill(list, values, dialog);
    await submit(list, dialog);
    const selector = parts.map((name) => `[part~="${name}"]`).join('');
    await until(() => expect(dialog.querySelector(selector)).not.toBeNull(), `${selector} in the dialog`);
  };

export const Upcoming: Story = { play: playUntil(TAG, 'ready') };

export const Grid: Story = { args: { layout: 'grid' }, play: playUntil(TAG, 'ready') };

export const Past: Story = { args: { when: 'past' }, play: playUntil(TAG, 'ready') };

export const Loading: Story = {
  loaders: [withBackend(() => hanging(createMemoryBackend(), 'listEvents'))],
  play: playUntil(TAG, 'loading'),
};

export const Empty: Story = {
  loaders: [withBackend(() => createMemoryBackend({ seed: false }))],
  play: playUntil(TAG, 'empty'),
};

export const LoadError: Story = {
  loaders: [withBackend(() => failing(createMemoryBackend(), 'listEvents', serverError()))],
  play: playUntil(TAG, 'error'),
};

export const Offline: Story = {
  loaders: [withBackend(() => failing(createMemoryBackend(), 'listEvents', networkError()))],
  play: playUntil(TAG, 'error'),
};

/** An in-person event serving alcohol: its policies' exact text, each to acknowledge. */
export const EventWithPolicies: Story = { play: opening(events.servingAlcohol) };

/** Every seat taken, a waitlist open: the reply joins the waitlist. */
export const FullWithWaitlist: Story = { play: opening(events.fullWithWaitlist) };

/** Every seat taken and no waitlist: the dialog says so instead of showing a form. */
export const FullWithoutWaitlist: Story = { play: opening(events.fullWithoutWaitlist) };

export const ReplyInvalid: Story = { play: replying(events.servingAlcohol, {}, ['error-summary']) };

/** A virtual event: the link to join shows once the reply is confirmed. */
export const ReplyConfirmed: Story = { play: replying(events.unlimited, ADA, ['result', 'confirmed']) };

export const ReplyWaitlisted: Story = {
  play: replying(events.fullWithWaitlist, ADA, ['result', 'waitlisted']),
};
