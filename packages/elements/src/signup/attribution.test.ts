import { expect } from '@open-wc/testing';
import { campaignSource, invitationToken } from './attribution.ts';

const params = (query: string) => new URLSearchParams(query);

describe('signup attribution', () => {
  it('reads the invitation from ?invite=, unless the attribute names one', () => {
    expect(invitationToken(undefined, params('?invite=inv_123'))).to.equal('inv_123');
    expect(invitationToken('inv_attr', params('?invite=inv_123'))).to.equal('inv_attr');
    expect(invitationToken(undefined, params(''))).to.equal(undefined);
  });

  it('reads utm_* parameters; the source attribute overrides utm_source', () => {
    expect(
      campaignSource(undefined, params('?utm_source=newsletter&utm_campaign=reunion-2026&x=1')),
    ).to.deep.equal({ source: 'newsletter', campaign: 'reunion-2026' });
    expect(campaignSource('intranet', params('?utm_source=newsletter&utm_medium=email'))).to.deep.equal({
      source: 'intranet',
      medium: 'email',
    });
    expect(campaignSource(undefined, params('?page=2'))).to.equal(undefined);
  });
});
