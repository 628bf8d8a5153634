import * as shapes from '../endpoint-shapes.ts';
import { defineRoute } from '../route.ts';
import { Me, Preferences } from '../schemas/preferences.ts';

export const getMe = defineRoute({
  ...shapes.getMe,
  summary: 'The member identified by the member token, with their preferences',
  tags: ['members'],
  response: Me,
});

export const updatePreferences = defineRoute({
  ...shapes.updatePreferences,
  summary: 'Set how often and about what the member hears from the network',
  tags: ['members'],
  body: Preferences,
  response: Preferences,
});
