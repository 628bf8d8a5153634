import { INTERESTS, type Locale, type SignupMode } from '@alumni-kit/contract';
import { html, type TemplateResult } from 'lit';
import type { SignupField, SignupStrings } from './strings.ts';

export interface FieldsContext {
  t: SignupStrings;
  locale: Locale;
  mode: SignupMode;
  privacyUrl: string | undefined;
}

/** The fields the contract requires in each mode (marked in their labels; a test holds this to the contract). */
const REQUIRED: Record<SignupMode, readonly string[]> = {
  alumni: ['name', 'email', 'consent.accepted'],
  employee: ['name', 'workEmail', 'personalEmail', 'consent.accepted'],
};

/**
 * The controls of the signup form in each mode, named by their path in the request body.
 * `autocomplete` lets browsers fill in name and addresses: `email` is the personal address of
 * an alumnus, `work email` and `home email` the two addresses of an employee.
 */
export function signupFields({ t, locale, mode, privacyUrl }: FieldsContext): TemplateResult[] {
  const required = new Set(REQUIRED[mode]);
  /** A text field named by its path in the body, labelled by `strings` (its name unless given). */
  const text = (name: SignupField, type = 'text', autocomplete = '', strings: SignupField = name) => {
    const { label, hint = '' }: { label: string; hint?: string } = t.fields[strings];
    return html`<alumni-text-field
      name=${name}
      type=${type}
      autocomplete=${autocomplete}
      .label=${label}
      .hint=${hint}
      .locale=${locale}
      ?required=${required.has(name)}
    ></alumni-text-field>`;
  };
  const month = (name: SignupField) =>
    html`<alumni-month-field
      name=${name}
      .label=${t.fields[name].label}
      .locale=${locale}
      ?required=${required.has(name)}
    ></alumni-month-field>`;
  const employee = mode === 'employee';
  const interests = INTERESTS.filter((interest) => !employee || interest !== 'returning').map((value) => ({
    value,
    label: t.interests[value],
  }));
  const privacy = privacyUrl
    ? html`<a href=${privacyUrl} target="_blank" rel="noopener">${t.privacyLink}</a>`
    : '';

  const fields = employee
    ? [
        text('name', 'text', 'name'),
        text('workEmail', 'email', 'work email'),
        text('personalEmail', 'email', 'home email'),
        text('department'),
        text('jobTitle', 'text', 'organization-title'),
        text('startDate', 'date'),
      ]
    : [
        text('name', 'text', 'name'),
        text('email', 'email', 'email'),
        text('department', 'text', '', 'lastDepartment'),
        text('jobTitle', 'text', 'organization-title', 'lastJobTitle'),
        month('joinedOn'),
        month('leftOn'),
        text('profileUrl', 'url', 'url'),
      ];
  return [
    ...fields,
    html`<alumni-checkbox-group
      name="interests"
      .label=${t.fields.interests.label}
      .hint=${t.fields.interests.hint}
      .options=${interests}
      .locale=${locale}
    ></alumni-checkbox-group>`,
    html`<alumni-checkbox-field
      name="consent.accepted"
      .label=${t.fields.consent.label}
      .hint=${privacy}
      .locale=${locale}
      ?required=${required.has('consent.accepted')}
    ></alumni-checkbox-field>`,
  ];
}
