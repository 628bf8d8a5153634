import type {
  Locale,
  MemberTokenClaims,
  RouteDefinition,
  RouteOutput,
  RouteParsedInput,
} from '@alumni-kit/contract';
import type { Database } from '../db/database.ts';
import type { Tenant } from '../tenants/find-tenant.ts';

export interface HandlerContext {
  /** A transaction for writes (committed with the idempotency record), the database for reads. */
  db: Database;
  tenant: Tenant;
  /** The verified member token's claims, when one was sent. */
  member: MemberTokenClaims | undefined;
  locale: Locale;
  /** The request's time: one clock reading for everything it stores. */
  now: Date;
  /** The body looks sent by a bot (honeypot filled, or filled faster than a person can). */
  spam: boolean;
}

/**
 * Routes with `auth: 'none'` run without a key when none is sent (an e-mail client showing a
 * tracking pixel cannot send one): the unguessable token in their path names the record.
 */
export type KeyOptionalContext = Omit<HandlerContext, 'tenant'> & { tenant: Tenant | undefined };

/** Member routes run only with a verified member token. */
export type MemberContext = HandlerContext & { member: MemberTokenClaims };

type ContextOf<R extends RouteDefinition> = R['auth'] extends 'none'
  ? KeyOptionalContext
  : R['auth'] extends 'member'
    ? MemberContext
    : HandlerContext;

/** What a handler answers on success: the JSON body, the calendar text, or the GIF's bytes. */
export type HandlerOutput<R extends RouteDefinition> = R['responseKind'] extends 'gif'
  ? Uint8Array
  : RouteOutput<R>;

export type Handler<R extends RouteDefinition, C = HandlerContext> = (
  input: RouteParsedInput<R>,
  context: C,
) => Promise<HandlerOutput<R>>;

/** One handler per operation of a route table: leaving one out does not type-check. */
export type Handlers<T extends Record<string, RouteDefinition>> = {
  [K in keyof T]: Handler<T[K], ContextOf<T[K]>>;
};
