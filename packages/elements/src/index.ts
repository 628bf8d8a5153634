// The classes, without defining any tag: `import '@alumni-kit/elements/signup.js'` defines <alumni-signup>
// (and `…/event-list.js` <alumni-event-list>, `…/referral.js` <alumni-referral-form>, `…/survey.js`
// <alumni-feedback-survey>).
export { AlumniSignup, type SignupRoutes, type SignupState } from './signup/alumni-signup.ts';
export { AlumniSignupFailedEvent, AlumniSignupSubmittedEvent, type SignupFailure } from './signup/events.ts';
export {
  AlumniEventList,
  type EventListRoutes,
  type EventListState,
} from './event-list/alumni-event-list.ts';
export {
  AlumniRsvpCancelledEvent,
  AlumniRsvpSubmittedEvent,
  type RsvpDetail,
} from './event-list/rsvp-events.ts';
export {
  AlumniReferralForm,
  type ReferralRoutes,
  type ReferralState,
} from './referral/alumni-referral-form.ts';
export {
  AlumniReferralFailedEvent,
  AlumniReferralSubmittedEvent,
  type ReferralFailure,
} from './referral/events.ts';
export {
  AlumniFeedbackSurvey,
  type SurveyRoutes,
  type SurveyState,
} from './survey/alumni-feedback-survey.ts';
export { AlumniSurveyFailedEvent, AlumniSurveySubmittedEvent, type SurveyFailure } from './survey/events.ts';
export { ChoiceAnswerField, type ChoiceAnswer } from './survey/choice-answer-field.ts';
export { configure, type AlumniConfig } from './config/configure.ts';
export { register } from './registry/register.ts';
export { FormControl } from './form-kit/form-control.ts';
export { TextField } from './form-kit/text-field.ts';
export { TextareaField } from './form-kit/textarea-field.ts';
export { SelectField } from './form-kit/select-field.ts';
export { CheckboxField } from './form-kit/checkbox-field.ts';
export { CheckboxGroup } from './form-kit/checkbox-group.ts';
export { RadioGroup } from './form-kit/radio-group.ts';
export { RatingField } from './form-kit/rating-field.ts';
export { NpsField } from './form-kit/nps-field.ts';
export { MonthField } from './form-kit/month-field.ts';
export type { Option } from './form-kit/option.ts';
