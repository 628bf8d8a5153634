import * as shapes from '../endpoint-shapes.ts';
import { defineRoute } from '../route.ts';
import { Survey, SurveyParams, SurveyResponseReceipt, SurveyResponseRequest } from '../schemas/survey.ts';

export const getSurvey = defineRoute({
  ...shapes.getSurvey,
  summary: "A survey's definition",
  tags: ['surveys'],
  params: SurveyParams,
  response: Survey,
});

export const createSurveyResponse = defineRoute({
  ...shapes.createSurveyResponse,
  summary: 'Answer a survey, once per member',
  tags: ['surveys'],
  params: SurveyParams,
  body: SurveyResponseRequest,
  response: SurveyResponseReceipt,
});
