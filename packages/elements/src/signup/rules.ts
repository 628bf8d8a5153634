/** What `<alumni-signup>` loads once the form is used: the contract's rules, with zod and every message. */
export { readMemberTokenClaims, SignupRequest as schema, validate } from '@alumni-kit/contract';
