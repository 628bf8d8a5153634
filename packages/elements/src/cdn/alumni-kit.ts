/**
 * The CDN entry, `alumni-kit.js`: one script tag for every element. It defines nothing up front;
 * the first time a page shows one of our tags, it imports that element's bundle (built beside it
 * by the library build, vite.config.ts), which defines the tag and upgrades the elements.
 */
import { defineOnSight } from './define-on-sight.ts';

export { configure, type AlumniConfig } from '../config/configure.ts';

const bundle = (file: string) => () => {
  const url = new URL(file, import.meta.url).href;
  return import(url);
};

defineOnSight({
  'alumni-signup': bundle('./signup.js'),
  'alumni-event-list': bundle('./event-list.js'),
  'alumni-referral-form': bundle('./referral.js'),
  'alumni-feedback-survey': bundle('./survey.js'),
});
