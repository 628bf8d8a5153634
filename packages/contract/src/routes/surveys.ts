import { defineRoute } from '../route.ts';
import { Survey, SurveyParams, SurveyResponseReceipt, SurveyResponseRequest } from '../schemas/survey.ts';

export const getSurvey = defineRoute({
  method: 'GET',
  path: '/v1/surveys/{surveyId}',
  auth: 'public',
  summary: "A survey's definition",
  tags: ['surveys'],
  params: SurveyParams,
  status: 200,
  responseKind: 'json',
  response: Survey,
  idempotent: false,
});

export const createSurveyResponse = defineRoute({
  method: 'POST',
  path: '/v1/surveys/{surveyId}/responses',
  auth: 'public',
  summary: 'Answer a survey, once per member',
  tags: ['surveys'],
  params: SurveyParams,
  body: SurveyResponseRequest,
  status: 201,
  responseKind: 'json',
  response: SurveyResponseReceipt,
  idempotent: true,
});
