import { createMemoryBackend, createUnsignedMemberToken, DEMO_IDS } from '@alumni-kit/client/memory-backend';
import { examples } from '@alumni-kit/contract';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@alumni-kit/elements/referral.js';
import { failing, hanging, networkError, serverError, withBackend } from './support/backends.ts';
import { fill, playUntil, reached, storyElement, submit } from './support/interact.ts';

const TAG = 'alumni-referral-form';

const meta = {
  title: 'Elements/Referral form',
  component: TAG,
  args: { 'privacy-url': 'https://example.com/candidate-notice' },
  loaders: [withBackend(() => createMemoryBackend())],
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A valid referral, by control name: a former colleague for the backend role. */
const GRACE = {
  roleId: DEMO_IDS.roles.backendEngineer,
  'candidate.name': 'Grace Hopper',
  'candidate.email': 'grace.hopper@example.org',
  relationship: 'former-colleague',
  knownFor: '3-5-years',
  'referrer.name': 'Ada Lovelace',
  'referrer.email': 'ada@example.com',
  candidateConsent: true,
};

/** Fills the form with `values` once the roles are in, sends it and waits until it is in `state`. */
const sendAndReach =
  (values: Record<string, unknown>, state: string): Story['play'] =>
  async ({ canvasElement }) => {
    const form = storyElement(canvasElement, TAG);
    await reached(form, 'idle');
    await fill(form, values);
    await submit(form);
    await reached(form, state);
  };

export const Idle: Story = { play: playUntil(TAG, 'idle') };

/** The page is about one role: no role to pick. */
export const ForOneRole: Story = {
  args: { 'role-id': DEMO_IDS.roles.productDesigner },
  play: playUntil(TAG, 'idle'),
};

/** The host page vouches for the referrer: no name or e-mail asked. */
export const AsMember: Story = {
  args: {
    'member-token': createUnsignedMemberToken({
      sub: DEMO_IDS.members.alumna.sub,
      name: DEMO_IDS.members.alumna.name,
      email: DEMO_IDS.members.alumna.email,
    }),
  },
  play: playUntil(TAG, 'idle'),
};

export const LoadingRoles: Story = {
  loaders: [withBackend(() => hanging(createMemoryBackend(), 'listRoles'))],
  play: playUntil(TAG, 'loading-roles'),
};

export const RolesFailed: Story = {
  loaders: [withBackend(() => failing(createMemoryBackend(), 'listRoles', serverError()))],
  play: playUntil(TAG, 'roles-failed'),
};

export const Invalid: Story = { play: sendAndReach({ 'candidate.email': 'not an address' }, 'invalid') };

export const Sending: Story = {
  loaders: [withBackend(() => hanging(createMemoryBackend(), 'createReferral'))],
  play: sendAndReach(GRACE, 'submitting'),
};

export const Success: Story = { play: sendAndReach(GRACE, 'success') };

/** The contract's example referral was sent before: the same candidate for the same role is a friendly note. */
export const Duplicate: Story = {
  loaders: [
    withBackend(async () => {
      const memory = createMemoryBackend();
      await memory.createReferral(examples.createReferral, { locale: 'en' });
      return memory;
    }),
  ],
  play: sendAndReach(
    {
      ...GRACE,
      roleId: examples.createReferral.body.roleId,
      'candidate.name': examples.createReferral.body.candidate.name,
      'candidate.email': examples.createReferral.body.candidate.email,
    },
    'duplicate',
  ),
};

export const ServerError: Story = {
  loaders: [withBackend(() => failing(createMemoryBackend(), 'createReferral', serverError()))],
  play: sendAndReach(GRACE, 'server-error'),
};

export const Offline: Story = {
  loaders: [withBackend(() => failing(createMemoryBackend(), 'createReferral', networkError()))],
  play: sendAndReach(GRACE, 'offline'),
};
