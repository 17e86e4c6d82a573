// What every widget gets from InoElement, tested on a minimal widget: a template that throws never
// reaches the host page, and the widget's own words carry their language.
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { ValidationError } from '@ino/sdk';
import { InoElement, type InoErrorDetail } from '../src/shared/base-element.js';
import { expectFocused } from './focus.js';
import { pageErrors } from './page-errors.js';

/** A widget whose template breaks whenever `broken` is set, as a template bug on unexpected data would. */
class TestWidget extends InoElement {
  broken = false;

  protected override renderContent() {
    if (this.broken) throw new TypeError("Cannot read properties of undefined (reading 'name')");
    return html`<p>Inhoud</p>`;
  }
}
customElements.define('ino-test-widget', TestWidget);

async function widget(): Promise<TestWidget> {
  const el = document.createElement('ino-test-widget') as TestWidget;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

afterEach(() => document.querySelectorAll('ino-test-widget').forEach((el) => el.remove()));

describe('InoElement', () => {
  it('shows the error state with the host fallback when its template throws, reports ino-error, and throws nothing at the page', async () => {
    const consoleError = console.error;
    console.error = () => {};
    try {
      const el = document.createElement('ino-test-widget') as TestWidget;
      el.broken = true;
      el.innerHTML = '<a href="https://example.org/practice">Lees de praktijk</a>';
      const reported = oneEvent(el, 'ino-error');
      document.body.append(el);
      const { detail } = (await reported) as CustomEvent<InoErrorDetail>;
      expect(detail.error).to.be.instanceOf(ValidationError);
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal('De gegevens die we kregen zijn onvolledig of ongeldig, dus we tonen ze niet.');
      expect(el.shadowRoot!.querySelector('.state.error slot'), 'the fallback link stays reachable').to.not.equal(null);
      expect(pageErrors).to.deep.equal([]);
      await expect(el).to.be.accessible();
      // The fallback is the way on: it is reached with the keyboard.
      document.body.focus();
      await sendKeys({ press: 'Tab' });
      expectFocused(document, el.querySelector('a'));
    } finally {
      console.error = consoleError;
    }
  });

  it('says which language its own words are in, also when the page has none', async () => {
    const pageLang = document.documentElement.lang;
    document.documentElement.removeAttribute('lang');
    try {
      const el = await widget();
      expect(el.shadowRoot!.querySelector('.base')!.getAttribute('lang')).to.equal('nl');
      await expect(el).to.be.accessible();
    } finally {
      document.documentElement.lang = pageLang;
    }
  });
});
