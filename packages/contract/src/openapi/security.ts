import { HEADERS } from '../headers.ts';
import type { RouteAuth } from '../route.ts';
import type { SecurityRequirement, SecuritySchemeObject } from './types.ts';

export const securitySchemes = {
  publishableKey: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'pk_…',
    description:
      "The tenant's publishable key (`Authorization: Bearer pk_…`): safe in browsers, public operations only.",
  },
  secretKey: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'sk_…',
    description:
      "The tenant's secret key (`Authorization: Bearer sk_…`): admin operations, server-side only.",
  },
  memberToken: {
    type: 'apiKey',
    in: 'header',
    name: HEADERS.memberToken,
    description:
      "A JWT (HS256) the host site mints with the tenant's identity secret after its own login; names the member.",
  },
} as const satisfies Record<string, SecuritySchemeObject>;

type SchemeName = keyof typeof securitySchemes;

const requirement = (...names: SchemeName[]): SecurityRequirement =>
  Object.fromEntries(names.map((name) => [name, []]));

/** Alternative sets of credentials that satisfy a route's `auth`. */
export function securityFor(auth: RouteAuth): SecurityRequirement[] {
  switch (auth) {
    case 'public':
      // A member token is optional: when sent, the request acts for that member.
      return [requirement('publishableKey'), requirement('publishableKey', 'memberToken')];
    case 'member':
      return [requirement('publishableKey', 'memberToken')];
    case 'admin':
      return [requirement('secretKey')];
    case 'none':
      // Callers such as e-mail clients send no key: the path's token names the resource.
      return [];
  }
}
