import {
  answerIssues,
  fieldError,
  isSurveyClosed,
  issueFieldError,
  type Routes,
  type Survey,
} from '@alumni-kit/contract';
import { and, eq } from 'drizzle-orm';
import { hmacSha256 } from '../auth/hash.ts';
import type { Database } from '../db/database.ts';
import { surveyRespondents, surveyResponses, surveys } from '../db/schema/index.ts';
import { ApiProblem, invalidFields } from '../http/api-problem.ts';
import type { Handler } from '../http/handler.ts';
import { newId } from '../random.ts';
import { personOf, type Person } from './acting-person.ts';
import { isVisibleEvent } from './views/event-view.ts';
import { optional } from './views/optional.ts';

async function findSurvey(db: Database, tenantId: string, surveyId: string): Promise<Survey> {
  const [row] = await db
    .select()
    .from(surveys)
    .where(and(eq(surveys.tenantId, tenantId), eq(surveys.id, surveyId)));
  if (!row) throw new ApiProblem('not_found');
  return {
    id: row.id,
    title: row.title,
    ...optional('description', row.description),
    anonymous: row.anonymous,
    ...optional('eventId', row.eventId),
    ...optional('closesAt', row.closesAt?.toISOString()),
    questions: row.questions,
  };
}

/** What identifies one respondent of a survey: their token's `sub` and their e-mail, keyed and hashed. */
const identityHashes = (hashKey: string, surveyId: string, person: Person | undefined): string[] =>
  person
    ? [person.sub === undefined ? undefined : `sub ${person.sub}`, `email ${person.email}`]
        .filter((value) => value !== undefined)
        .map((value) => hmacSha256(hashKey, `${surveyId} ${value}`))
    : [];

export const getSurvey: Handler<Routes['getSurvey']> = async ({ params }, { db, tenant }) =>
  findSurvey(db, tenant.id, params.surveyId);

/**
 * Answers a survey once per member (member token, else `respondent`), until it closes (then 409
 * `survey_closed`). Anonymous surveys store no identity with the answers: only keyed one-way
 * hashes of it, apart from the answers, so that a second response is refused without anyone
 * learning who gave which.
 */
export const createSurveyResponse: Handler<Routes['createSurveyResponse']> = async (
  { params, body },
  context,
) => {
  const { db, tenant, member, now, locale, spam } = context;
  const survey = await findSurvey(db, tenant.id, params.surveyId);
  if (isSurveyClosed(survey, now)) {
    throw new ApiProblem('survey_closed', { detail: `This survey closed at ${survey.closesAt}.` });
  }
  const person = personOf(member, body.respondent);
  const unknownEvent = body.eventId !== undefined && !(await isVisibleEvent(db, tenant.id, body.eventId));
  const errors = [
    ...answerIssues(survey, body.answers).map((issue) => issueFieldError(issue, locale)),
    ...(survey.anonymous || person ? [] : [fieldError(['respondent'], 'required', locale)]),
    ...(unknownEvent ? [fieldError(['eventId'], 'invalid_value', locale)] : []),
  ];
  if (errors.length > 0) throw invalidFields(errors);

  const receipt = {
    id: newId('resp'),
    surveyId: survey.id,
    anonymous: survey.anonymous,
    submittedAt: now.toISOString(),
  };
  if (spam) return receipt;

  const hashes = identityHashes(tenant.respondentHashKey, survey.id, person);
  if (hashes.length > 0) {
    const added = await db
      .insert(surveyRespondents)
      .values(hashes.map((identityHash) => ({ tenantId: tenant.id, surveyId: survey.id, identityHash })))
      .onConflictDoNothing()
      .returning({ identityHash: surveyRespondents.identityHash });
    if (added.length < hashes.length) throw new ApiProblem('already_answered');
  }
  const named = !survey.anonymous && person;
  await db.insert(surveyResponses).values({
    tenantId: tenant.id,
    id: receipt.id,
    surveyId: survey.id,
    eventId: body.eventId ?? survey.eventId,
    respondentName: named ? person.name : null,
    respondentEmail: named ? person.email : null,
    respondentSub: named ? person.sub : null,
    answers: body.answers,
    submittedAt: now,
  });
  return receipt;
};
