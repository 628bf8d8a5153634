// Each define entry registers its tag; Vue then renders <alumni-…> as plain custom elements.
import '@alumni-kit/elements/event-list.js';
import '@alumni-kit/elements/signup.js';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
