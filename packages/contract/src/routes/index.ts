import * as events from './events.ts';
import * as invitations from './invitations.ts';
import * as me from './me.ts';
import * as referrals from './referrals.ts';
import * as signups from './signups.ts';
import * as surveys from './surveys.ts';

/**
 * Every operation of the API, keyed by operation id. The client's methods, the
 * server's handlers and the OpenAPI document are all derived from this table.
 * Each group is its own module so that a bundle importing one group (an element
 * that only signs people up) leaves the others out.
 */
export const routes = { ...signups, ...events, ...referrals, ...surveys, ...invitations, ...me } as const;

export type Routes = typeof routes;
export type OperationId = keyof Routes;

export * from './signups.ts';
export * from './events.ts';
export * from './referrals.ts';
export * from './surveys.ts';
export * from './invitations.ts';
export * from './me.ts';
