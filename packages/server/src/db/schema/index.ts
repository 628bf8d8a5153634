export * from './tenants.ts';
export * from './members.ts';
export * from './events.ts';
export * from './referrals.ts';
export * from './surveys.ts';
export * from './platform.ts';
