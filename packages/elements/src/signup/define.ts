import { register } from '../registry/register.ts';
import { AlumniSignup } from './alumni-signup.ts';

register('alumni-signup', AlumniSignup);

export { AlumniSignup };
export { configure, type AlumniConfig } from '../config/configure.ts';
export { AlumniSignupFailedEvent, AlumniSignupSubmittedEvent } from './events.ts';
