import type { SurveyAnswer, SurveyQuestion } from '@alumni-kit/contract';
import { boolean, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { instant, tenantId } from './columns.ts';

export const surveys = pgTable(
  'surveys',
  {
    tenantId: tenantId(),
    id: text('id').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    anonymous: boolean('anonymous').notNull(),
    eventId: text('event_id'),
    closesAt: instant('closes_at'),
    questions: jsonb('questions').$type<SurveyQuestion[]>().notNull(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.id] })],
);

/** Answers; for anonymous surveys without any identity of the respondent. */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    tenantId: tenantId(),
    id: text('id').notNull(),
    surveyId: text('survey_id').notNull(),
    eventId: text('event_id'),
    respondentName: text('respondent_name'),
    respondentEmail: text('respondent_email'),
    respondentSub: text('respondent_sub'),
    answers: jsonb('answers').$type<SurveyAnswer[]>().notNull(),
    submittedAt: instant('submitted_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.id] })],
);

/**
 * Keyed one-way hashes of who answered a survey, apart from the answers: enough to allow
 * one response per member, not enough to tell who gave which answers of an anonymous survey.
 */
export const surveyRespondents = pgTable(
  'survey_respondents',
  {
    tenantId: tenantId(),
    surveyId: text('survey_id').notNull(),
    identityHash: text('identity_hash').notNull(),
  },
  (table) => [primaryKey({ columns: [table.tenantId, table.surveyId, table.identityHash] })],
);
