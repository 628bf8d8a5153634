import assert from 'node:assert/strict';
import {
  Problem,
  routes,
  validate,
  type OperationId,
  type ProblemCode,
  type ReferralRequest,
  type RsvpRequest,
  type SignupRequest,
} from '@alumni-kit/contract';
import type { AlumniBackend, CallContext } from '../backend.ts';
import { AlumniApiError } from '../errors/alumni-api-error.ts';
import { buildBackend } from './build-backend.ts';
import { createUnsignedMemberToken } from './member-token.ts';
import { seedStore } from './seed-store.ts';
import { createEmptyStore, type Store } from './store.ts';

/** When the tests run: Tuesday 1 December 2026, noon in Tokyo. */
export const NOW = new Date('2026-12-01T03:00:00Z');

export const en: CallContext = { locale: 'en' };

/** A call context carrying a member token for `person`. */
export const asMember = (
  person: { sub: string; email: string; name: string },
  exp?: number,
): CallContext => ({
  locale: 'en',
  memberToken: createUnsignedMemberToken({ sub: person.sub, email: person.email, name: person.name, exp }),
});

export interface TestBackend {
  backend: AlumniBackend;
  store: Store;
  /** Move `clock.now` to move the backend's time. */
  clock: { now: Date };
}

/**
 * A backend on a clock the test controls, with its store in view. Every answer it gives is
 * checked against the route's response schema, so each test also checks the contract.
 */
export function createTestBackend({ seed = true } = {}): TestBackend {
  const clock = { now: NOW };
  const store = createEmptyStore();
  if (seed) seedStore(store, clock.now);
  const backend = buildBackend(store, { now: () => clock.now, latencyMs: 0 });
  return { backend: checkingResponses(backend), store, clock };
}

type AnyOperation = (input: unknown, context: CallContext) => Promise<unknown>;

function checkingResponses(backend: AlumniBackend): AlumniBackend {
  const checked: Partial<Record<OperationId, AnyOperation>> = {};
  for (const id of Object.keys(backend) as OperationId[]) {
    checked[id] = async (input, context) => {
      const output = await (backend[id] as AnyOperation)(input, context);
      assertMatchesRoute(id, output);
      return output;
    };
  }
  return checked as AlumniBackend;
}

/** Fails unless `output` is what the route promises: valid JSON, an iCalendar text or a GIF. */
export function assertMatchesRoute(id: OperationId, output: unknown): void {
  const route = routes[id];
  if (route.responseKind === 'json' && 'response' in route) {
    const result = validate(route.response, output);
    assert.deepEqual(result.ok ? [] : result.errors, [], `${id} answered outside its response schema`);
  } else if (route.responseKind === 'calendar') {
    assert.match(String(output), /^BEGIN:VCALENDAR\r\n/);
  } else {
    assert.ok(output instanceof Blob && output.type === 'image/gif', `${id} answered without a GIF`);
  }
}

/** The problem a call failed with, checked to be an `AlumniApiError` with valid problem details. */
export async function problemOf(call: Promise<unknown>): Promise<Problem> {
  const error: unknown = await call.then(
    () => assert.fail('expected the call to fail'),
    (reason: unknown) => reason,
  );
  assert.ok(error instanceof AlumniApiError, `expected an AlumniApiError, got ${String(error)}`);
  assert.ok(validate(Problem, error.problem).ok, 'problem details outside the Problem schema');
  return error.problem;
}

/** Fails unless the call fails with this status and problem code; returns the problem. */
export async function assertProblem(
  call: Promise<unknown>,
  status: number,
  code: ProblemCode,
): Promise<Problem> {
  const problem = await problemOf(call);
  assert.equal(problem.code, code);
  assert.equal(problem.status, status);
  return problem;
}

/** `path: code` of each field error, for compact assertions. */
export const fieldCodes = (problem: Problem): string[] =>
  problem.errors.map((error) => `${error.path}: ${error.code}`);

export const alumniSignup = (overrides: Partial<SignupRequest> = {}): SignupRequest =>
  ({
    mode: 'alumni',
    name: 'Zoë O’Brien',
    email: 'zoe.obrien@example.com',
    consent: { accepted: true, privacyPolicyVersion: '2026-04' },
    ...overrides,
  }) as SignupRequest;

export const rsvpBody = (overrides: Partial<RsvpRequest> = {}): RsvpRequest => ({
  attendee: { name: 'Jane Doe', email: 'jane.doe@example.com' },
  ...overrides,
});

export const referralBody = (overrides: Partial<ReferralRequest> = {}): ReferralRequest => ({
  referrer: { name: 'Łukasz Nowak', email: 'lukasz.nowak@example.com' },
  roleId: null,
  candidate: { name: '佐藤 花子', email: 'hanako.sato@example.jp' },
  relationship: 'former-colleague',
  knownFor: '3-5-years',
  candidateConsent: true,
  ...overrides,
});

/** Every stored record as text, to look for what must not be kept. */
export const storeText = (store: Store): string =>
  JSON.stringify(store, (_key, value: unknown) =>
    value instanceof Map || value instanceof Set ? [...value.entries()] : value,
  );
