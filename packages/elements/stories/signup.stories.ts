import { createMemoryBackend, createUnsignedMemberToken, DEMO_IDS } from '@alumni-kit/client/memory-backend';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@alumni-kit/elements/signup.js';
import { failing, hanging, networkError, serverError, withBackend } from './support/backends.ts';
import { fill, playUntil, reached, storyElement, submit } from './support/interact.ts';

const TAG = 'alumni-signup';

const meta = {
  title: 'Elements/Signup',
  component: TAG,
  args: { 'privacy-url': 'https://example.com/privacy', 'privacy-version': '2026-04' },
  loaders: [withBackend(() => createMemoryBackend())],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const ADA = { name: 'Ada Lovelace', email: 'ada@example.com', 'consent.accepted': true };

/** Fills the form with `values`, sends it and waits until the signup is in `state`. */
const sendAndReach =
  (values: Record<string, unknown>, state: string): Story['play'] =>
  async ({ canvasElement }) => {
    const signup = storyElement(canvasElement, TAG);
    await fill(signup, values);
    await submit(signup);
    await reached(signup, state);
  };

export const Idle: Story = { play: playUntil(TAG, 'idle') };

/** Onboarding: the member token fills in the new hire's name and work e-mail. */
export const Employee: Story = {
  args: {
    mode: 'employee',
    'member-token': createUnsignedMemberToken({
      sub: 'acme-3001',
      name: 'Sam Rivera',
      email: 'sam.rivera@corp.example.com',
    }),
  },
  play: playUntil(TAG, 'idle'),
};

export const Invalid: Story = { play: sendAndReach({ email: 'not an address' }, 'invalid') };

export const Sending: Story = {
  loaders: [withBackend(() => hanging(createMemoryBackend(), 'createSignup'))],
  play: sendAndReach(ADA, 'submitting'),
};

export const Success: Story = { play: sendAndReach(ADA, 'success') };

export const AlreadyMember: Story = {
  play: sendAndReach({ ...ADA, email: DEMO_IDS.members.alumna.email }, 'already-member'),
};

export const ServerError: Story = {
  loaders: [withBackend(() => failing(createMemoryBackend(), 'createSignup', serverError()))],
  play: sendAndReach(ADA, 'server-error'),
};

export const Offline: Story = {
  loaders: [withBackend(() => failing(createMemoryBackend(), 'createSignup', networkError()))],
  play: sendAndReach(ADA, 'offline'),
};
