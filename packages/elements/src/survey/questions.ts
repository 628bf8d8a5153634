import type { Locale, SurveyQuestion } from '@alumni-kit/contract';
import { html, type TemplateResult } from 'lit';
import { answerName } from './answers.ts';
import type { FormStrings } from './form-strings.ts';

export interface QuestionContext {
  t: FormStrings;
  locale: Locale;
}

/**
 * The control that answers `question`, named by its place in the body (`answers.<id>`):
 * stars for a rating, a 0–10 scale for NPS, radios or checkboxes (with "Other") for a choice,
 * a text area with a counter for text. Optional questions say so in their label, required
 * ones carry the form kit's marker; the survey's help text is the hint.
 */
export function questionControl(question: SurveyQuestion, { t, locale }: QuestionContext): TemplateResult {
  const name = answerName(question);
  const { required, help = '' } = question;
  const label = required ? question.label : t.optional(question.label);
  switch (question.kind) {
    case 'rating':
      return html`<alumni-rating-field
        name=${name}
        .label=${label}
        .hint=${help}
        .locale=${locale}
        ?required=${required}
      ></alumni-rating-field>`;
    case 'nps':
      return html`<alumni-nps-field
        name=${name}
        .label=${label}
        .hint=${help}
        .locale=${locale}
        ?required=${required}
      ></alumni-nps-field>`;
    case 'text': {
      const ideas = question.purpose === 'ideas';
      return html`<alumni-textarea-field
        name=${name}
        maxlength=${question.maxLength}
        rows=${ideas ? 6 : 4}
        .label=${label}
        .hint=${help || (ideas ? t.ideasHint : '')}
        .locale=${locale}
        ?required=${required}
      ></alumni-textarea-field>`;
    }
    default: {
      const multiple = question.kind === 'multiple-choice';
      const limit = multiple && question.maxSelections ? t.chooseUpTo(question.maxSelections) : '';
      return html`<alumni-choice-answer-field
        name=${name}
        ?multiple=${multiple}
        ?allow-other=${question.allowOther}
        .options=${question.options.map(({ id, label }) => ({ value: id, label }))}
        .label=${label}
        .hint=${[help, limit].filter(Boolean).join(' ')}
        .locale=${locale}
        ?required=${required}
      ></alumni-choice-answer-field>`;
    }
  }
}
