import { register } from '../registry/register.ts';
import { AlumniFeedbackSurvey } from './alumni-feedback-survey.ts';

register('alumni-feedback-survey', AlumniFeedbackSurvey);

export { AlumniFeedbackSurvey };
export { configure, type AlumniConfig } from '../config/configure.ts';
export { AlumniSurveyFailedEvent, AlumniSurveySubmittedEvent } from './events.ts';
