import { register } from '../registry/register.ts';
import { AlumniEventList } from './alumni-event-list.ts';

register('alumni-event-list', AlumniEventList);

export { AlumniEventList };
export { configure, type AlumniConfig } from '../config/configure.ts';
