import { expect } from '@open-wc/testing';
import { register } from './register.ts';

class Part extends HTMLElement {}
class Whole extends HTMLElement {
  static dependencies = { 'test-register-part': Part };
}

describe('register', () => {
  it('defines a tag and the tags it depends on, and does nothing the second time', () => {
    register('test-register-whole', Whole);
    expect(customElements.get('test-register-whole')).to.equal(Whole);
    expect(customElements.get('test-register-part')).to.equal(Part);
    class Other extends HTMLElement {}
    expect(() => register('test-register-whole', Other)).not.to.throw();
    expect(customElements.get('test-register-whole')).to.equal(Whole);
  });
});
