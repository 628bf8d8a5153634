import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEMO_IDS, demoData } from './demo/index.ts';
import { acceptedPolicies, policyIssues } from './policy-acknowledgements.ts';
import type { PolicyAcknowledgement } from './schemas/rsvp.ts';

const { events } = demoData(new Date('2026-12-01T03:00:00Z'));
const policiesOf = (eventId: string) => events.find((event) => event.id === eventId)?.policies ?? [];
/** Alcohol (version 2026-01), then the code of conduct (version 2026-04). */
const drinks = policiesOf(DEMO_IDS.events.servingAlcohol);

/** The issues of the winter drinks for these acknowledgements, as `"<pointer> <code>"`. */
const issuesWith = (...acknowledged: PolicyAcknowledgement[]): string[] =>
  policyIssues(drinks, acknowledged).map((issue) => `${issue.pointer} ${issue.code}`);

describe('policyIssues', () => {
  test('an event without policies needs no acknowledgement', () => {
    assert.deepEqual(policyIssues(policiesOf(DEMO_IDS.events.volunteering), []), []);
  });

  test('reports each policy not acknowledged, in the event’s order', () => {
    assert.deepEqual(policyIssues(drinks, []), [
      { pointer: '/acknowledgedPolicies/pol_alcohol', policyId: 'pol_alcohol', code: 'must_accept' },
      {
        pointer: '/acknowledgedPolicies/pol_code_of_conduct',
        policyId: 'pol_code_of_conduct',
        code: 'must_accept',
      },
    ]);
    assert.deepEqual(issuesWith({ policyId: 'pol_alcohol', version: '2026-01' }), [
      '/acknowledgedPolicies/pol_code_of_conduct must_accept',
    ]);
  });

  test('does not count a policy acknowledged at another version than the current one', () => {
    assert.deepEqual(
      issuesWith(
        { policyId: 'pol_alcohol', version: '2025-06' },
        { policyId: 'pol_code_of_conduct', version: '2026-04' },
      ),
      ['/acknowledgedPolicies/pol_alcohol must_accept'],
    );
  });

  test('takes acknowledgements in any order and ignores those of policies the event does not have', () => {
    assert.deepEqual(
      issuesWith(
        { policyId: 'pol_photography', version: '1' },
        { policyId: 'pol_code_of_conduct', version: '2026-04' },
        { policyId: 'pol_alcohol', version: '2026-01' },
      ),
      [],
    );
  });
});

describe('acceptedPolicies', () => {
  const current = [
    { policyId: 'pol_alcohol', version: '2026-01' },
    { policyId: 'pol_code_of_conduct', version: '2026-04' },
  ];

  test('copies the exact text and version of every policy acknowledged, in the event’s order', () => {
    const copies = acceptedPolicies(drinks, [...current].reverse());
    assert.deepEqual(
      copies,
      drinks.map(({ id, title, text, version }) => ({ policyId: id, title, text, version })),
    );
    assert.match(copies[0]?.text ?? '', /\S/);
  });

  test('keeps nothing of a policy acknowledged at another version, or not at all', () => {
    const stale = [{ policyId: 'pol_alcohol', version: '2025-06' }, current[1]!];
    assert.deepEqual(
      acceptedPolicies(drinks, stale).map((copy) => copy.policyId),
      ['pol_code_of_conduct'],
    );
    assert.deepEqual(acceptedPolicies(drinks, []), []);
  });
});
