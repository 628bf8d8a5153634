import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { examples } from '../examples.ts';
import { reunionSurvey } from '../test-support/fixtures.ts';
import { assertInvalid, assertValid } from '../test-support/validation.ts';
import { Survey, SurveyParams, SurveyResponseReceipt, SurveyResponseRequest } from './survey.ts';

const response = examples.createSurveyResponse.body;

describe('SurveyResponseRequest', () => {
  test('accepts answers of every kind with a respondent', () => {
    assert.equal(assertValid(SurveyResponseRequest, response).answers.length, 4);
  });

  test('accepts an empty list of answers (required questions are checked by answerIssues)', () => {
    assertValid(SurveyResponseRequest, { answers: [] });
  });

  test('keeps free text in any script and hostile-looking text unchanged', () => {
    const text = "素晴らしい会でした 🎉\n<script>alert(1)</script> '; DROP TABLE responses;--";
    const parsed = assertValid(SurveyResponseRequest, { answers: [{ questionId: 'q_ideas', text }] });
    assert.equal(parsed.answers[0]?.text, text);
  });

  test('names the failing answer by index', () => {
    assertInvalid(SurveyResponseRequest, { answers: [{ questionId: 'q_overall', score: 11 }] }, [
      '/answers/0/score too_big',
    ]);
    assertInvalid(SurveyResponseRequest, { answers: [{ questionId: 'q_overall', score: 4.5 }] }, [
      '/answers/0/score invalid_type',
    ]);
    assertInvalid(SurveyResponseRequest, { answers: [{ questionId: 'q_ideas', text: 'x'.repeat(5001) }] }, [
      '/answers/0/text too_long',
    ]);
    assertInvalid(SurveyResponseRequest, { answers: [{ score: 3 }] }, ['/answers/0/questionId required']);
    assertInvalid(SurveyResponseRequest, { answers: [{ questionId: 'q_ideas', text: 'a\u0000' }] }, [
      '/answers/0/text control_characters',
    ]);
  });

  test('rejects unknown fields in the body and in answers, and more than 100 answers', () => {
    assertInvalid(SurveyResponseRequest, { answers: [], rating: 5 }, ['/rating unknown_field']);
    assertInvalid(SurveyResponseRequest, { answers: [{ questionId: 'q_overall', score: 5, weight: 2 }] }, [
      '/answers/0/weight unknown_field',
    ]);
    const many = Array.from({ length: 101 }, (_, index) => ({ questionId: `q_${index}`, score: 1 }));
    assertInvalid(SurveyResponseRequest, { answers: many }, ['/answers too_many']);
  });

  test('survey params take an id', () => {
    assertValid(SurveyParams, examples.createSurveyResponse.params);
    assertInvalid(SurveyParams, {}, ['/surveyId required']);
  });
});

describe('Survey and SurveyResponseReceipt (responses)', () => {
  test('accept a survey with one question of every kind', () => {
    assertValid(Survey, reunionSurvey);
  });

  test('reject a choice question with one option, an unknown kind and a survey without questions', () => {
    const [, , single] = reunionSurvey.questions;
    assertInvalid(
      Survey,
      { ...reunionSurvey, questions: [{ ...single, options: [{ id: 'a', label: 'A' }] }] },
      ['/questions/0/options too_few'],
    );
    assertInvalid(
      Survey,
      { ...reunionSurvey, questions: [{ id: 'q', kind: 'slider', label: 'x', required: true }] },
      ['/questions/0/kind invalid_value'],
    );
    assertInvalid(Survey, { ...reunionSurvey, questions: [] }, ['/questions too_few']);
  });

  test('accept a receipt and reject one without its submission time', () => {
    const receipt = {
      id: 'rsp_1',
      surveyId: 'srv_reunion_feedback',
      anonymous: true,
      submittedAt: '2026-12-05T01:00:00Z',
    };
    assertValid(SurveyResponseReceipt, receipt);
    assertInvalid(SurveyResponseReceipt, { ...receipt, submittedAt: undefined }, ['/submittedAt required']);
  });
});
