import { ReferralRequest, validate, type Locale } from '@alumni-kit/contract';

// What `<alumni-referral-form>` loads once the form is used: the contract's rules, with zod and every message.

export function check(body: unknown, locale: Locale) {
  const result = validate(ReferralRequest, body, locale);
  return result.ok ? [] : result.errors;
}
