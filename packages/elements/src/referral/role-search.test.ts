import { expect } from '@open-wc/testing';
import { matchesSearch } from './role-search.ts';

const ROLE = 'Senior backend engineer (Go) Engineering · Tokyo · Remote possible';

describe('matchesSearch', () => {
  it('matches when every word of the query appears, in any order and case', () => {
    expect(matchesSearch(ROLE, 'tokyo ENGINEER')).to.equal(true);
    expect(matchesSearch(ROLE, 'back')).to.equal(true);
    expect(matchesSearch(ROLE, 'tokyo designer')).to.equal(false);
  });

  it('matches everything on an empty or blank query', () => {
    expect(matchesSearch(ROLE, '')).to.equal(true);
    expect(matchesSearch(ROLE, '   ')).to.equal(true);
  });

  it('folds full-width letters and digits, and finds Japanese text', () => {
    expect(matchesSearch(ROLE, 'ＧＯ')).to.equal(true);
    expect(matchesSearch('カスタマーサクセス マネージャー 大阪', '大阪　マネージャー')).to.equal(true);
    expect(matchesSearch('ｶｽﾀﾏｰ', 'カスタマー')).to.equal(true);
  });
});
