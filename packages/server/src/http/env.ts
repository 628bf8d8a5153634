import type { Locale, MemberTokenClaims } from '@alumni-kit/contract';
import type { Tenant } from '../tenants/find-tenant.ts';

/** What the middlewares of a request leave for the ones after them. */
export interface AppVariables {
  requestId: string;
  locale: Locale;
  /** Set by authentication on API routes (absent on a key-optional route called without a key). */
  tenant: Tenant | undefined;
  /** The verified member token's claims, when one was sent. */
  member: MemberTokenClaims | undefined;
  /** The parsed JSON body of a write, before validation. */
  body: unknown;
  /** The route template (`/v1/events/{eventId}`) for logs: paths may hold tokens. */
  route: string;
}

export interface AppEnv {
  Variables: AppVariables;
}
