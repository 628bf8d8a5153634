import type { AlumniBackend } from '../backend.ts';
import { buildBackend } from './build-backend.ts';
import { seedStore } from './seed-store.ts';
import { createEmptyStore } from './store.ts';

export interface MemoryBackendOptions {
  /** Start with the demo data (`DEMO_IDS`); `true` by default. */
  seed?: boolean;
  /** The clock: "upcoming", expiry and every timestamp follow it. The demo data is dated from its first reading. */
  now?: () => Date;
  /** Delay before each answer, to show loading states; 0 by default. */
  latencyMs?: number;
}

/**
 * The whole public contract in memory, for Storybook, examples and tests: the server's
 * validation, problems and idempotency, realistic demo data, nothing persisted. Member
 * tokens are read but not verified (see `createUnsignedMemberToken`).
 */
export function createMemoryBackend(options: MemoryBackendOptions = {}): AlumniBackend {
  const { seed = true, now = () => new Date(), latencyMs = 0 } = options;
  const store = createEmptyStore();
  if (seed) seedStore(store, now());
  return buildBackend(store, { now, latencyMs });
}

export { DEMO_IDS } from '@alumni-kit/contract/demo';
export { createUnsignedMemberToken } from './member-token.ts';
