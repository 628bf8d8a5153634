import { createMemoryBackend } from '@alumni-kit/client/memory-backend';
// One subpath per element: the app bundles only the elements it uses.
import { AlumniEventList, type AlumniRsvpSubmittedEvent } from '@alumni-kit/react/event-list.js';
import { AlumniSignup, type AlumniSignupSubmittedEvent } from '@alumni-kit/react/signup.js';
import { useState } from 'react';

/** The whole Alumni Kit API inside the page, with its demo events: the app needs no server. */
const backend = createMemoryBackend();

export function App() {
  const [heard, setHeard] = useState<string[]>([]);
  const hear = (line: string) => setHeard((lines) => [...lines, line]);

  // The event props receive the elements' typed events; `detail` is the backend's answer.
  const onSignupSubmitted = ({ detail }: AlumniSignupSubmittedEvent) =>
    hear(`Welcome, ${detail.member.name}! (onSignupSubmitted)`);
  const onRsvpSubmitted = ({ detail }: AlumniRsvpSubmittedEvent) =>
    hear(`Your reply to “${detail.event.title}”: ${detail.rsvp.status} (onRsvpSubmitted)`);

  return (
    <>
      <header className="masthead">Example Corp alumni</header>
      <main className="content">
        <h1>Alumni Kit in a React app</h1>
        <AlumniEventList
          backend={backend}
          layout="grid"
          limit={3}
          hideFilters
          onRsvpSubmitted={onRsvpSubmitted}
        />
        <div className="columns">
          <AlumniSignup
            backend={backend}
            privacyUrl="https://example.com/privacy"
            privacyVersion="2026-04"
            onSignupSubmitted={onSignupSubmitted}
          />
          <section className="heard" aria-labelledby="heard-title">
            <h2 id="heard-title">What the app heard</h2>
            <ul aria-live="polite">
              {heard.length === 0 ? (
                <li>Nothing yet: sign up, or reply to an event.</li>
              ) : (
                heard.map((line, index) => <li key={index}>{line}</li>)
              )}
            </ul>
          </section>
        </div>
      </main>
    </>
  );
}
