import {
  answerIssues,
  fieldError,
  isSurveyClosed,
  issueFieldError,
  type Survey,
  type SurveyResponseReceipt,
} from '@alumni-kit/contract';
import { publishedEvent } from '../event-view.ts';
import { personOf } from '../identity.ts';
import type { Operation } from '../operation.ts';
import { apiError, invalidFields, notFound } from '../problems.ts';
import { newId } from '../random.ts';
import { isSpam } from '../spam.ts';
import type { Person, Store } from '../store.ts';

function findSurvey(store: Store, surveyId: string): Survey {
  const survey = store.surveys.get(surveyId);
  if (!survey) throw notFound();
  return survey;
}

/** What identifies one respondent, per survey: their e-mail and their token's `sub`. */
function identityKeys(surveyId: string, person: Person | undefined): string[] {
  if (!person) return [];
  const keys = [`${surveyId} email ${person.email}`];
  if (person.sub !== undefined) keys.push(`${surveyId} sub ${person.sub}`);
  return keys;
}

export const getSurvey: Operation<'getSurvey'> = ({ params }, { store }) =>
  findSurvey(store, params.surveyId);

/**
 * Answers a survey once per member (member token, else `respondent`), until it closes (then
 * 409 `survey_closed`). Anonymous surveys store no identity with the answers: only keyed
 * one-way hashes of it, apart from the answers, so that a second response is refused without
 * anyone learning who gave which.
 */
export const createSurveyResponse: Operation<'createSurveyResponse'> = async ({ params, body }, context) => {
  const { store, now, locale, hashIdentity } = context;
  const survey = findSurvey(store, params.surveyId);
  if (isSurveyClosed(survey, now())) throw apiError('survey_closed');
  const person = personOf(context, body.respondent);
  const unknownEvent = body.eventId !== undefined && !publishedEvent(store, body.eventId);
  const errors = [
    ...answerIssues(survey, body.answers).map((issue) => issueFieldError(issue, locale)),
    ...(survey.anonymous || person ? [] : [fieldError(['respondent'], 'required', locale)]),
    ...(unknownEvent ? [fieldError(['eventId'], 'invalid_value', locale)] : []),
  ];
  if (errors.length > 0) throw invalidFields(errors);

  const receipt: SurveyResponseReceipt = {
    id: newId('resp'),
    surveyId: survey.id,
    anonymous: survey.anonymous,
    submittedAt: now().toISOString(),
  };
  if (isSpam(body)) return receipt;

  const hashes = await Promise.all(identityKeys(survey.id, person).map(hashIdentity));
  const respondents = store.surveyRespondents.get(survey.id) ?? new Set<string>();
  if (hashes.some((hash) => respondents.has(hash))) throw apiError('already_answered');
  hashes.forEach((hash) => respondents.add(hash));
  store.surveyRespondents.set(survey.id, respondents);

  const eventId = body.eventId ?? survey.eventId;
  store.surveyResponses.set(receipt.id, {
    id: receipt.id,
    surveyId: survey.id,
    ...(eventId !== undefined && { eventId }),
    ...(!survey.anonymous && person && { respondent: person }),
    answers: body.answers,
    submittedAt: receipt.submittedAt,
  });
  return receipt;
};
