import type { Locale } from '@alumni-kit/contract';
import { html, type TemplateResult } from 'lit';

/** The labels of a person's name and e-mail, and what the address is used for. */
export interface ContactStrings {
  name: string;
  email: string;
  emailHint: string;
}

/**
 * A person's own name and e-mail, both required, named `<group>.name` and `<group>.email` by
 * their path in the request body; `autocomplete` lets browsers fill them in.
 */
export const contactFields = (group: string, t: ContactStrings, locale: Locale): TemplateResult =>
  html`<alumni-text-field
      name="${group}.name"
      autocomplete="name"
      .label=${t.name}
      .locale=${locale}
      required
    ></alumni-text-field>
    <alumni-text-field
      name="${group}.email"
      type="email"
      autocomplete="email"
      .label=${t.email}
      .hint=${t.emailHint}
      .locale=${locale}
      required
    ></alumni-text-field>`;
