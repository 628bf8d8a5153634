import { KNOWN_FOR, RELATIONSHIPS, type Locale, type OpenRole } from '@alumni-kit/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { toBody } from '../form-kit/form-values.ts';
import { GENERAL_REFERRAL, type RolesStatus } from './role-picker.ts';
import type { ReferralField, ReferralStrings } from './strings.ts';

export interface ReferralFieldsContext {
  t: ReferralStrings;
  locale: Locale;
  /** The page vouches for the referrer with a member token: no name or e-mail is asked. */
  member: boolean;
  /** The role the page gives (`role-id`), with its title once the roles are loaded; unset, the person picks. */
  preset: { id: string; title: string | undefined } | undefined;
  /** The page gave a role that the loaded list shows is no longer open. */
  presetClosed: boolean;
  roles: readonly OpenRole[];
  rolesStatus: RolesStatus;
  retryRoles: () => void;
  privacyUrl: string | undefined;
}

/** The fields the contract requires (marked in their labels; a test holds this to the contract). */
const REQUIRED: readonly string[] = [
  'referrer.name',
  'referrer.email',
  'roleId',
  'candidate.name',
  'candidate.email',
  'relationship',
  'knownFor',
  'candidateConsent',
];

const isRequired = (name: ReferralField) => REQUIRED.includes(name);

/**
 * The controls of a referral, named by their path in the request body: the referrer (unless the
 * member token says who), the role, the person referred, and their agreement to be referred.
 * The candidate's inputs say `autocomplete="off"`: a browser would fill in the referrer's own
 * name and address.
 */
export function referralFields(context: ReferralFieldsContext): TemplateResult {
  const { t, locale, member, privacyUrl } = context;
  const text = (name: ReferralField, type: string, autocomplete: string) => {
    const { label, hint = '' }: { label: string; hint?: string } = t.fields[name];
    return html`<alumni-text-field
      name=${name}
      type=${type}
      autocomplete=${autocomplete}
      .label=${label}
      .hint=${hint}
      .locale=${locale}
      ?required=${isRequired(name)}
    ></alumni-text-field>`;
  };
  const privacy = privacyUrl
    ? html`<a href=${privacyUrl} target="_blank" rel="noopener">${t.privacyLink}</a>`
    : '';

  return html`<h3 part="heading">${t.youTitle}</h3>
    ${
      member
        ? html`<p>${t.asMember}</p>`
        : html`${text('referrer.name', 'text', 'name')} ${text('referrer.email', 'email', 'email')}`
    }
    <h3 part="heading">${t.roleTitle}</h3>
    ${roleField(context)}
    <h3 part="heading">${t.candidateTitle}</h3>
    ${text('candidate.name', 'text', 'off')} ${text('candidate.email', 'email', 'off')}
    ${text('candidate.profileUrl', 'url', 'off')}
    <alumni-select-field
      name="relationship"
      .label=${t.fields.relationship.label}
      .options=${RELATIONSHIPS.map((value) => ({ value, label: t.relationships[value] }))}
      .locale=${locale}
      ?required=${isRequired('relationship')}
    ></alumni-select-field>
    <alumni-radio-group
      name="knownFor"
      .label=${t.fields.knownFor.label}
      .options=${KNOWN_FOR.map((value) => ({ value, label: t.knownFor[value] }))}
      .locale=${locale}
      ?required=${isRequired('knownFor')}
    ></alumni-radio-group>
    <alumni-textarea-field
      name="note"
      maxlength="2000"
      .label=${t.fields.note.label}
      .hint=${t.fields.note.hint}
      .locale=${locale}
    ></alumni-textarea-field>
    <alumni-checkbox-field
      name="candidateConsent"
      .label=${t.fields.candidateConsent.label}
      .hint=${privacy}
      .locale=${locale}
      ?required=${isRequired('candidateConsent')}
    ></alumni-checkbox-field>`;
}

/** The role the page gave, or the picker (with a note when the page's role has closed). */
function roleField({
  t,
  locale,
  preset,
  presetClosed,
  roles,
  rolesStatus,
  retryRoles,
}: ReferralFieldsContext) {
  if (preset) {
    return html`<p part="preset-role">${t.presetRole} <strong>${preset.title ?? preset.id}</strong></p>`;
  }
  return html`${presetClosed ? html`<p part="notice">${t.presetClosed}</p>` : nothing}
    <alumni-role-picker
      name="roleId"
      .label=${t.fields.roleId.label}
      .hint=${t.picker.hint}
      .roles=${roles}
      .status=${rolesStatus}
      .retry=${retryRoles}
      .locale=${locale}
      ?required=${isRequired('roleId')}
    ></alumni-role-picker>`;
}

export interface BodyContext {
  member: boolean;
  /** The role the page gave, when it stands. */
  presetRole: string | undefined;
  fillTimeMs: number;
  honeypot: string | undefined;
}

/**
 * The request body from the controls' values: the referrer as an object whenever the form asks
 * for one (so that the contract names its missing fields), the role (`null` for a general
 * referral), and the anti-spam fields.
 */
export function referralBody(values: Record<string, unknown>, context: BodyContext) {
  const { member, presetRole, fillTimeMs, honeypot } = context;
  const { referrer = {}, candidate = {}, roleId, ...answers } = toBody(values);
  return {
    ...(member ? {} : { referrer }),
    roleId: presetRole ?? (roleId === GENERAL_REFERRAL ? null : roleId),
    candidate,
    ...answers,
    antiSpam: { fillTimeMs, ...(honeypot && { honeypot }) },
  };
}
