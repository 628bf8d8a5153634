import type { AlumniRsvpSubmittedEvent, AlumniSignupSubmittedEvent } from '@alumni-kit/elements';
import { ref } from 'vue';

/** What the app heard from the elements: their events carry the backend's answer in `detail`. */
export function useHeard() {
  const heard = ref<string[]>([]);
  return {
    heard,
    onSignupSubmitted: ({ detail }: AlumniSignupSubmittedEvent) =>
      heard.value.push(`Welcome, ${detail.member.name}! (@alumni-signup-submitted)`),
    onRsvpSubmitted: ({ detail }: AlumniRsvpSubmittedEvent) =>
      heard.value.push(
        `Your reply to “${detail.event.title}”: ${detail.rsvp.status} (@alumni-rsvp-submitted)`,
      ),
  };
}
