import type { AlumniEvent, EventPolicy, Locale } from '@alumni-kit/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { contactFields } from '../form-kit/contact-fields.ts';
import { toBody } from '../form-kit/form-values.ts';
import type { RsvpStrings } from './rsvp-strings.ts';

export interface RsvpFieldsContext {
  event: AlumniEvent;
  t: RsvpStrings;
  locale: Locale;
  /** The page vouches for the person with a member token: no name or e-mail is asked. */
  member: boolean;
}

const PRESENTING = (event: AlumniEvent) => event.type === 'learning' && event.callForSpeakers?.open === true;

/** A policy's exact text, then the checkbox that acknowledges it at its current version. */
function policyField({ id, title, text, version }: EventPolicy, t: RsvpStrings, locale: Locale) {
  // Keyed by version: a policy changed since the form opened gets a new, unticked checkbox.
  return keyed(
    `${id}@${version}`,
    html`<section part="policy" aria-labelledby="policy-${id}">
      <h4 id="policy-${id}">${title}</h4>
      <div part="policy-text" role="region" tabindex="0" aria-label=${t.policyText(title)}>${text}</div>
      <alumni-checkbox-field
        name="acknowledgedPolicies.${id}"
        .label=${t.acknowledge(title, version)}
        .locale=${locale}
        required
      ></alumni-checkbox-field>
    </section>`,
  );
}

function presentationFields({ event, t, locale }: RsvpFieldsContext): TemplateResult {
  const closesAt = event.callForSpeakers?.closesAt;
  const closes = closesAt
    ? t.presentHint(new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(new Date(closesAt)))
    : '';
  return html`<fieldset part="presentation">
    <legend part="label">${t.present}</legend>
    ${event.callForSpeakers?.prompt ? html`<p part="hint">${event.callForSpeakers.prompt}</p>` : nothing}
    ${closes ? html`<p part="hint">${closes}</p>` : nothing}
    <alumni-text-field name="presentation.topic" .label=${t.topic} .locale=${locale}></alumni-text-field>
    <alumni-textarea-field
      name="presentation.abstract"
      maxlength="2000"
      .label=${t.abstract}
      .locale=${locale}
    ></alumni-textarea-field>
  </fieldset>`;
}

/**
 * The controls of a reply, named by their path in the request body: who is coming (unless the
 * member token says), their needs, each policy's acknowledgement, and, for a learning event
 * with an open call for speakers, a talk to propose.
 */
export function rsvpFields(context: RsvpFieldsContext): TemplateResult {
  const { event, t, locale, member } = context;
  return html`${member ? html`<p>${t.asMember}</p>` : contactFields('attendee', t, locale)}
    <alumni-textarea-field
      name="needs.accessibility"
      maxlength="500"
      rows="2"
      .label=${t.accessibility}
      .hint=${t.accessibilityHint}
      .locale=${locale}
    ></alumni-textarea-field>
    ${
      event.format === 'virtual'
        ? nothing
        : html`<alumni-textarea-field
            name="needs.dietary"
            maxlength="500"
            rows="2"
            .label=${t.dietary}
            .hint=${t.dietaryHint}
            .locale=${locale}
          ></alumni-textarea-field>`
    }
    ${
      event.policies.length
        ? html`<div part="policies">
            <h3>${t.policiesTitle}</h3>
            ${event.policies.map((policy) => policyField(policy, t, locale))}
          </div>`
        : nothing
    }
    ${PRESENTING(event) ? presentationFields(context) : nothing}`;
}

/**
 * The request body of a reply from the controls' values: the ticked policies as
 * acknowledgements of their current versions, and a proposal only when something of it was written.
 * A form that asks for the attendee always sends one, empty if need be: the schema makes
 * `attendee` optional (a member token stands for it), and an empty one has its name and e-mail
 * reported as required.
 */
export function rsvpBody(event: AlumniEvent, values: Record<string, unknown>, fillTimeMs: number) {
  const body = toBody(values);
  const acknowledgedPolicies = event.policies
    .filter(({ id }) => values[`acknowledgedPolicies.${id}`] === true)
    .map(({ id, version }) => ({ policyId: id, version }));
  const attendee = 'attendee.name' in values ? { attendee: body.attendee ?? {} } : {};
  return { ...body, ...attendee, acknowledgedPolicies, antiSpam: { fillTimeMs } };
}
