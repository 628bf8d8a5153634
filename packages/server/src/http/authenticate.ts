import { HEADERS, type RouteDefinition } from '@alumni-kit/contract';
import type { MiddlewareHandler } from 'hono';
import { verifyMemberToken } from '../auth/member-token.ts';
import type { Database } from '../db/database.ts';
import { findTenantByKey } from '../tenants/find-tenant.ts';
import { ApiProblem } from './api-problem.ts';
import type { AppEnv } from './env.ts';

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="alumni-kit"' };
const unauthorized = (detail: string) => new ApiProblem('unauthorized', { detail, headers: CHALLENGE });

export interface AuthenticateOptions {
  db: Database;
  now: () => Date;
}

/**
 * Names the tenant from `Authorization: Bearer pk_…|sk_…` and the member from a verified
 * member token. Public and member routes take either key; admin routes only the secret one;
 * routes with `auth: 'none'` need none (their path carries a token), but check one that is
 * sent. A secret key sent by a browser (with an `Origin`) is refused, as it must never be in one.
 */
export const authenticate =
  (route: RouteDefinition, { db, now }: AuthenticateOptions): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const key = /^Bearer\s+(\S+)$/i.exec(c.req.header('Authorization') ?? '')?.[1];
    if (key === undefined && route.auth === 'none') {
      c.set('tenant', undefined);
      c.set('member', undefined);
      return next();
    }
    const tenant = key === undefined ? undefined : await findTenantByKey(db, key);
    if (!tenant) throw unauthorized('Send a valid key as `Authorization: Bearer pk_…`.');
    if (tenant.keyKind === 'secret' && c.req.header('Origin') !== undefined) {
      throw new ApiProblem('forbidden', { detail: 'Secret keys are for servers, never for browsers.' });
    }
    if (route.auth === 'admin' && tenant.keyKind !== 'secret') {
      throw new ApiProblem('forbidden', { detail: 'This operation needs the secret key.' });
    }
    c.set('tenant', tenant);

    const token = c.req.header(HEADERS.memberToken);
    const member = token === undefined ? undefined : verifyMemberToken(token, tenant.identitySecret, now());
    if (token !== undefined && !member) throw unauthorized('The member token is invalid or has expired.');
    if (route.auth === 'member' && !member)
      throw unauthorized(`Send a member token in ${HEADERS.memberToken}.`);
    c.set('member', member);
    return next();
  };
