import type { ClientOf } from '@alumni-kit/client';
import { endpoints, type Locale } from '@alumni-kit/contract';
import { elementClient, type ClientSettings } from '../config/element-client.ts';

/** The endpoints `<alumni-feedback-survey>` calls. */
export const surveyEndpoints = {
  getSurvey: endpoints.getSurvey,
  createSurveyResponse: endpoints.createSurveyResponse,
};

export type SurveyRoutes = typeof surveyEndpoints;

/**
 * The element's client. Only the answers to a named survey are `identified`: they go with the
 * member token, as `elementClient` sends it. Everything else — the survey's definition, which is
 * public, and the answers to an anonymous survey — goes without any, neither the element's nor
 * `configure()`'s (which `elementClient` falls back to), so that no request but a named response
 * tells who is there. A `client` the page gives is its own and is used as it is.
 */
export const surveyClient = (
  settings: ClientSettings<SurveyRoutes>,
  locale: Locale,
  { identified = false } = {},
): ClientOf<SurveyRoutes> => elementClient(surveyEndpoints, settings, locale, { identified });
