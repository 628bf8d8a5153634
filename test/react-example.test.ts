/**
 * The React example (`examples/react/`): the typed components of @alumni-kit/react, with their
 * props set on the elements and a signup heard through the `onSignupSubmitted` prop.
 */
import { testFrameworkExample } from './support/framework-example.ts';

testFrameworkExample({
  folder: 'react',
  title: 'the React app renders the wrapped elements and hears a signup through onSignupSubmitted',
  heard: 'Welcome, Grace Hopper! (onSignupSubmitted)',
});
