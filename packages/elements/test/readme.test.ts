/**
 * The README's API tables against their sources: the custom-elements manifest (attributes,
 * properties, events, slots, parts, CSS properties) and the theme's token defaults.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

interface Named {
  name: string;
  attribute?: string;
  kind?: string;
  static?: boolean;
}
interface Declaration {
  tagName?: string;
  attributes: Named[];
  members: Named[];
  events: Named[];
  slots: Named[];
  cssParts: Named[];
  cssProperties: Named[];
}

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const readme = read('../README.md');
const manifest = JSON.parse(read('../custom-elements.json')) as {
  modules: { declarations: Declaration[] }[];
};
const declarationOf = (tagName: string) =>
  manifest.modules
    .flatMap((module) => module.declarations)
    .find((declaration) => declaration.tagName === tagName) as Declaration;
const signup = declarationOf('alumni-signup');
const eventList = declarationOf('alumni-event-list');
const referral = declarationOf('alumni-referral-form');
const survey = declarationOf('alumni-feedback-survey');

/** The rows of the table under a README heading, as cells without backticks. */
function table(heading: string): string[][] {
  const section = readme.split(/^#{2,3} /m).find((part) => part.startsWith(`${heading}\n`)) ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) =>
      line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((cell) => cell.trim().replaceAll('`', '')),
    );
}

const firstCells = (heading: string) => table(heading).map(([first]) => first);
const names = (items: Named[]) => items.map(({ name }) => name);
const sorted = (list: (string | undefined)[]) => [...list].sort();
const publicProperties = (declaration: Declaration) =>
  declaration.members.filter((member) => member.kind === 'field' && !member.static && !member.attribute);

test('the README lists every attribute, property, event, slot and part of <alumni-signup>', () => {
  assert.deepEqual(sorted(firstCells('Attributes')), sorted(names(signup.attributes)));
  assert.deepEqual(sorted(firstCells('Properties')), sorted(names(publicProperties(signup))));
  assert.deepEqual(sorted(firstCells('Events')), sorted(names(signup.events)));
  assert.deepEqual(sorted(firstCells('Slots')), sorted(names(signup.slots)));
  assert.deepEqual(sorted(firstCells('CSS parts')), sorted(names(signup.cssParts)));
});

test('the README lists every attribute, property, event and part of <alumni-event-list>', () => {
  assert.deepEqual(sorted(firstCells('Event list attributes')), sorted(names(eventList.attributes)));
  assert.deepEqual(sorted(firstCells('Event list events')), sorted(names(eventList.events)));
  assert.deepEqual(sorted(firstCells('Event list properties')), sorted(names(publicProperties(eventList))));
  assert.deepEqual(sorted(firstCells('Event list CSS parts')), sorted(names(eventList.cssParts)));
});

test('the README lists every attribute, property, event, slot and part of <alumni-referral-form>', () => {
  assert.deepEqual(sorted(firstCells('Referral form attributes')), sorted(names(referral.attributes)));
  assert.deepEqual(sorted(firstCells('Referral form properties')), sorted(names(publicProperties(referral))));
  assert.deepEqual(sorted(firstCells('Referral form events')), sorted(names(referral.events)));
  assert.deepEqual(sorted(firstCells('Referral form slots')), sorted(names(referral.slots)));
  assert.deepEqual(sorted(firstCells('Referral form CSS parts')), sorted(names(referral.cssParts)));
});

test('the README lists every attribute, property, event, slot and part of <alumni-feedback-survey>', () => {
  assert.deepEqual(sorted(firstCells('Survey attributes')), sorted(names(survey.attributes)));
  assert.deepEqual(sorted(firstCells('Survey properties')), sorted(names(publicProperties(survey))));
  assert.deepEqual(sorted(firstCells('Survey events')), sorted(names(survey.events)));
  assert.deepEqual(sorted(firstCells('Survey slots')), sorted(names(survey.slots)));
  assert.deepEqual(sorted(firstCells('Survey CSS parts')), sorted(names(survey.cssParts)));
});

test("the README's token table gives every token the theme reads, with the theme's defaults", () => {
  const theme = read('../src/theme/theme.ts');
  const tokens = [...theme.matchAll(/var\((--alumni-[a-z-]+), (.+)\);$/gm)].map(([, name, fallback]) => {
    const pair = /^light-dark\((.+), (.+)\)$/.exec(fallback as string);
    return [name, pair?.[1] ?? fallback, pair?.[2] ?? fallback];
  });
  assert.deepEqual(
    table('Theming').map((cells) => cells.slice(0, 3)),
    tokens,
  );
  assert.deepEqual(sorted(names(signup.cssProperties)), sorted(tokens.map(([name]) => name)));
});
