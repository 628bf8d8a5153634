import type { TestRunnerPlugin } from '@web/test-runner';
import { startTestApiServer, type TestApiServer } from './test-api-server.ts';

/** Starts the test API with the test runner, and tells each test page where it listens. */
export function testApiPlugin(): TestRunnerPlugin & { readonly url: string } {
  let server: TestApiServer | undefined;
  return {
    name: 'alumni-test-api',
    async serverStart() {
      server = await startTestApiServer();
    },
    async serverStop() {
      await server?.close();
    },
    get url() {
      if (!server) throw new Error('The test API has not started yet');
      return server.url;
    },
  };
}
