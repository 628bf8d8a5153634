/**
 * JSX types for TSX projects (React 19): each Alumni Kit tag with its attributes, typed from its
 * class, and its events as `on…` props (`onalumni-signup-submitted`), the way React 19 passes
 * them to custom elements. Load once, e.g. with `import type {} from '@alumni-kit/elements/jsx';`
 * or `"types": ["@alumni-kit/elements/jsx"]` in tsconfig.json.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
// The elements' entries in HTMLElementTagNameMap and their events in HTMLElementEventMap.
import './index.js';

/** The attributes every element has: its language and theme, and how it reaches the API. */
interface SharedAttributes {
  lang: 'lang';
  theme: 'theme';
  'api-base': 'apiBase';
  'publishable-key': 'publishableKey';
  'member-token': 'memberToken';
}

/** Each element's attributes as HTML names them, each with the property it sets. */
interface AttributeProperties {
  'alumni-signup': SharedAttributes & {
    mode: 'mode';
    'privacy-url': 'privacyUrl';
    'privacy-version': 'privacyVersion';
    invitation: 'invitation';
    source: 'source';
  };
  'alumni-event-list': SharedAttributes & {
    type: 'type';
    format: 'format';
    when: 'when';
    limit: 'limit';
    layout: 'layout';
    'hide-filters': 'hideFilters';
    'time-zone': 'timeZone';
  };
  'alumni-referral-form': SharedAttributes & { 'role-id': 'roleId'; 'privacy-url': 'privacyUrl' };
  'alumni-feedback-survey': SharedAttributes & { survey: 'surveyId'; event: 'eventId'; layout: 'layout' };
}

/** The events each element fires. */
interface ElementEvents {
  'alumni-signup': 'alumni-signup-submitted' | 'alumni-signup-failed';
  'alumni-event-list': 'alumni-rsvp-submitted' | 'alumni-rsvp-cancelled';
  'alumni-referral-form': 'alumni-referral-submitted' | 'alumni-referral-failed';
  'alumni-feedback-survey': 'alumni-survey-submitted' | 'alumni-survey-failed';
}

export type AlumniElementTag = keyof AttributeProperties;

/** An attribute takes its property's type; a number also as the text HTML would hold. */
type AttributeValue<T> = T extends number ? T | `${T}` : T;

/** The attributes of `<Tag>`, each typed as the property it sets. */
export type AlumniElementAttributes<Tag extends AlumniElementTag> = {
  [Name in keyof AttributeProperties[Tag]]?: AttributeValue<
    HTMLElementTagNameMap[Tag][AttributeProperties[Tag][Name] & keyof HTMLElementTagNameMap[Tag]]
  >;
};

/** The events of `<Tag>` as React 19 listens to them on a custom element: `on` + the event's name. */
export type AlumniElementEventProps<Tag extends AlumniElementTag> = {
  [Name in ElementEvents[Tag] as `on${Name}`]?: (event: HTMLElementEventMap[Name]) => void;
};

/** What `<Tag>` takes in React 19's JSX: the props of every HTML element, its attributes and its events. */
export type AlumniElementProps<Tag extends AlumniElementTag> = DetailedHTMLProps<
  HTMLAttributes<HTMLElementTagNameMap[Tag]>,
  HTMLElementTagNameMap[Tag]
> &
  AlumniElementAttributes<Tag> &
  AlumniElementEventProps<Tag>;

export type AlumniIntrinsicElements = { [Tag in AlumniElementTag]: AlumniElementProps<Tag> };

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merges our tags into React's
    interface IntrinsicElements extends AlumniIntrinsicElements {}
  }
}
