import { register } from '../registry/register.ts';
import { TextField } from './text-field.ts';
import { TextareaField } from './textarea-field.ts';
import { SelectField } from './select-field.ts';
import { CheckboxGroup } from './checkbox-group.ts';
import { CheckboxField } from './checkbox-field.ts';
import { RadioGroup } from './radio-group.ts';
import { RatingField } from './rating-field.ts';
import { NpsField } from './nps-field.ts';
import { MonthField } from './month-field.ts';

// Every control of the form kit, for elements and tests that use the whole kit.
register('alumni-text-field', TextField);
register('alumni-textarea-field', TextareaField);
register('alumni-select-field', SelectField);
register('alumni-checkbox-group', CheckboxGroup);
register('alumni-checkbox-field', CheckboxField);
register('alumni-radio-group', RadioGroup);
register('alumni-rating-field', RatingField);
register('alumni-nps-field', NpsField);
register('alumni-month-field', MonthField);
