import { defineRoute } from '../route.ts';
import { Me, Preferences } from '../schemas/preferences.ts';

export const getMe = defineRoute({
  method: 'GET',
  path: '/v1/me',
  auth: 'member',
  summary: 'The member identified by the member token, with their preferences',
  tags: ['members'],
  status: 200,
  responseKind: 'json',
  response: Me,
  idempotent: false,
});

export const updatePreferences = defineRoute({
  method: 'PUT',
  path: '/v1/me/preferences',
  auth: 'member',
  summary: 'Set how often and about what the member hears from the network',
  tags: ['members'],
  body: Preferences,
  status: 200,
  responseKind: 'json',
  response: Preferences,
  idempotent: true,
});
