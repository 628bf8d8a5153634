import type { Source } from '@alumni-kit/contract';

const UTM_KEYS = ['source', 'medium', 'campaign', 'term', 'content'] as const;

/** The invitation being accepted: the `invitation` attribute, else `?invite=` in the page's URL. */
export const invitationToken = (attribute: string | undefined, params: URLSearchParams): string | undefined =>
  attribute || params.get('invite') || undefined;

/** Campaign attribution from the page's `utm_*` parameters; a `source` attribute overrides `source`. */
export function campaignSource(attribute: string | undefined, params: URLSearchParams): Source | undefined {
  const source: Source = {};
  for (const key of UTM_KEYS) {
    const value = params.get(`utm_${key}`);
    if (value) source[key] = value;
  }
  if (attribute) source.source = attribute;
  return Object.keys(source).length > 0 ? source : undefined;
}
