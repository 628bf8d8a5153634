import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { examples } from '../examples.ts';
import { assertInvalid, assertValid } from '../test-support/validation.ts';
import { CADENCES } from '../vocabulary.ts';
import { Me, Preferences } from './preferences.ts';

describe('Preferences', () => {
  test('accepts every cadence and defaults `paused` to false', () => {
    for (const cadence of CADENCES) {
      assert.deepEqual(assertValid(Preferences, { cadence, topics: [] }), {
        cadence,
        topics: [],
        paused: false,
      });
    }
    assertValid(Preferences, examples.updatePreferences.body);
  });

  test('rejects an unknown cadence or topic, repeated topics and unknown fields', () => {
    assertInvalid(Preferences, { cadence: 'weekly', topics: [] }, ['/cadence invalid_value']);
    assertInvalid(Preferences, { cadence: 'monthly', topics: ['gossip'] }, ['/topics/0 invalid_value']);
    assertInvalid(Preferences, { cadence: 'monthly', topics: ['jobs', 'jobs'] }, ['/topics unique']);
    assertInvalid(Preferences, { cadence: 'monthly', topics: [], frequencyCap: 9 }, [
      '/frequencyCap unknown_field',
    ]);
    assertInvalid(Preferences, { topics: [] }, ['/cadence required']);
  });

  test('Me pairs a member with their preferences', () => {
    const member = {
      id: 'mem_01',
      mode: 'employee',
      name: '山田 太郎',
      email: 'taro.yamada+alumni@example.com',
      workEmail: 'taro.yamada@example.co.jp',
      interests: [],
      createdAt: '2026-04-01T00:00:00Z',
    };
    assertValid(Me, { member, preferences: { cadence: 'quarterly', topics: ['events'], paused: false } });
    assertInvalid(Me, { member }, ['/preferences required']);
  });
});
