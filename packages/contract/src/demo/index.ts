export { demoData } from './demo-data.ts';
export { DEMO_IDS } from './ids.ts';
export type { DemoData, DemoEvent, DemoInvitation, DemoMember, DemoRole, DemoRsvp } from './types.ts';
