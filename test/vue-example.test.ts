/**
 * The Vue example (`examples/vue/`): the custom elements used directly in Vue templates, the
 * backend bound with `.prop`, the rest as attributes, a signup heard through an
 * `@alumni-signup-submitted` listener.
 */
import { testFrameworkExample } from './support/framework-example.ts';

testFrameworkExample({
  folder: 'vue',
  title: 'the Vue app renders the custom elements and hears a signup through @alumni-signup-submitted',
  heard: 'Welcome, Grace Hopper! (@alumni-signup-submitted)',
});
