import type { RecordedRequest, ScriptedAnswer } from '../server/scenario.ts';

/** Where the test API listens; the test runner's page sets it (web-test-runner.config.mjs). */
const testApiUrl = (globalThis as { ALUMNI_TEST_API_URL?: string }).ALUMNI_TEST_API_URL;

export interface Scenario {
  /** Point a client here; its requests get the scripted answers in order. */
  baseUrl: string;
  /** Every request the scenario received so far. */
  requests(): Promise<RecordedRequest[]>;
}

/** Scripts how the test API answers the next requests sent to `baseUrl`. */
export async function scenario(...answers: ScriptedAnswer[]): Promise<Scenario> {
  if (!testApiUrl) throw new Error('ALUMNI_TEST_API_URL is not set: run the tests with web-test-runner');
  const created = await fetch(`${testApiUrl}/scenarios`, {
    method: 'POST',
    body: JSON.stringify({ answers }),
  });
  const { id } = (await created.json()) as { id: string };
  return {
    baseUrl: `${testApiUrl}/s/${id}`,
    requests: async () =>
      (await (await fetch(`${testApiUrl}/scenarios/${id}/requests`)).json()) as RecordedRequest[],
  };
}
