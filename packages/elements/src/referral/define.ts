import { register } from '../registry/register.ts';
import { AlumniReferralForm } from './alumni-referral-form.ts';

register('alumni-referral-form', AlumniReferralForm);

export { AlumniReferralForm };
export { configure, type AlumniConfig } from '../config/configure.ts';
export { AlumniReferralFailedEvent, AlumniReferralSubmittedEvent } from './events.ts';
