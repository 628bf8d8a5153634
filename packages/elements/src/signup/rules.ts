import { SignupRequest, validate, type Locale } from '@alumni-kit/contract';

// What `<alumni-signup>` loads once the form is used: the contract's rules, with zod and every message.

export { readMemberTokenClaims } from '@alumni-kit/contract';

export function check(body: unknown, locale: Locale) {
  const result = validate(SignupRequest, body, locale);
  return result.ok ? [] : result.errors;
}
