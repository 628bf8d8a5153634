import type { Locale, MemberTokenClaims, RouteDefinition, RouteOutput } from '@alumni-kit/contract';
import type * as z from 'zod/mini';
import type { Database } from '../db/database.ts';
import type { Tenant } from '../tenants/find-tenant.ts';

type Parsed<S> = S extends z.ZodMiniType ? z.output<S> : undefined;

/** A route's input after validation: defaults applied, strings trimmed, e-mails lower-cased. */
export interface HandlerInput<R extends RouteDefinition> {
  params: Parsed<R['params']>;
  query: Parsed<R['query']>;
  body: Parsed<R['body']>;
}

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
 * Operations whose path carries an unguessable token that names the record: they may be called
 * without a key, because an e-mail client showing a tracking pixel cannot send one.
 */
export const KEY_OPTIONAL_OPERATIONS = ['trackInvitationOpen'] as const;
type KeyOptional = (typeof KEY_OPTIONAL_OPERATIONS)[number];

export type KeyOptionalContext = Omit<HandlerContext, 'tenant'> & { tenant: Tenant | undefined };

/** Member routes run only with a verified member token. */
export type MemberContext = HandlerContext & { member: MemberTokenClaims };

type ContextOf<R extends RouteDefinition, K> = K extends KeyOptional
  ? KeyOptionalContext
  : R['auth'] extends 'member'
    ? MemberContext
    : HandlerContext;

/** What a handler answers on success: the JSON body, the calendar text, or the GIF's bytes. */
export type HandlerOutput<R extends RouteDefinition> = R['responseKind'] extends 'gif'
  ? Uint8Array
  : RouteOutput<R>;

export type Handler<R extends RouteDefinition, C = HandlerContext> = (
  input: HandlerInput<R>,
  context: C,
) => Promise<HandlerOutput<R>>;

/** One handler per operation of a route table: leaving one out does not type-check. */
export type Handlers<T extends Record<string, RouteDefinition>> = {
  [K in keyof T]: Handler<T[K], ContextOf<T[K], K>>;
};
