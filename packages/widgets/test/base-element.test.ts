// What every widget gets from InoElement, tested on a minimal widget: a template that throws never
// reaches the host page, and the widget's own words carry their language.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { ValidationError } from '@ino/sdk';
import { InoElement, type InoErrorDetail } from '../src/shared/base-element.js';
import { expectFocused } from './focus.js';
import { announced, announcer, recordAnnouncements } from './announcer.js';
import { pageErrors } from './page-errors.js';

/** A widget whose template breaks whenever `broken` is set, as a template bug on unexpected data would. */
class TestWidget extends InoElement {
  broken = false;

  say(text: string, options?: { assertive?: boolean }) {
    this.announce(text, options);
  }

  moveFocus(...selectors: string[]) {
    return this.focusAfterUpdate(...selectors);
  }

  protected override renderContent() {
    if (this.broken) throw new TypeError("Cannot read properties of undefined (reading 'name')");
    return html`<h2 id="title">Titel</h2><p>Inhoud</p><button type="button">Knop</button>`;
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
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal(
        'De gegevens die we kregen zijn onvolledig of ongeldig, dus we tonen ze niet.',
      );
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

  describe('the announcer', () => {
    it('is one polite live region, there before anything is said', async () => {
      const el = await widget();
      const region = announcer(el);
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(region.textContent!.trim()).to.equal('');
      expect(el.shadowRoot!.querySelector('.base')!.contains(region), 'inside the base, so it speaks its language').to.be.true;
      await expect(el).to.be.accessible();
    });

    it('says the same message again: it empties, then says it', async () => {
      const el = await widget();
      const heard = recordAnnouncements(el);
      el.say('3 uitdagingen gevonden.');
      await announced(el, '3 uitdagingen gevonden.');
      el.say('3 uitdagingen gevonden.');
      await waitUntil(() => heard.texts.length === 3, 'said twice', { timeout: 2000 });
      heard.stop();
      expect(heard.texts).to.deep.equal(['3 uitdagingen gevonden.', '', '3 uitdagingen gevonden.']);
    });

    it('says only the last of two quick messages, assertively when asked, then politely again', async () => {
      const el = await widget();
      el.say('Eerste');
      el.say('Tweede', { assertive: true });
      await announced(el, 'Tweede');
      expect(announcer(el).getAttribute('aria-live')).to.equal('assertive');
      el.say('Derde');
      await announced(el, 'Derde');
      expect(announcer(el).getAttribute('aria-live')).to.equal('polite');
    });
  });

  describe('focus after an update', () => {
    it('focuses the first selector that matches, making a heading focusable by script only', async () => {
      const el = await widget();
      await el.moveFocus('#nothing-here', '#title');
      const title = el.shadowRoot!.querySelector('#title')!;
      expectFocused(el.shadowRoot!, title);
      expect(title.getAttribute('tabindex')).to.equal('-1');
      await el.moveFocus('button');
      expectFocused(el.shadowRoot!, el.shadowRoot!.querySelector('button'));
      expect(el.shadowRoot!.querySelector('button')!.hasAttribute('tabindex'), 'a button keeps its own tab stop').to.be.false;
    });

    it('waits for the update that is on its way', async () => {
      const el = await widget();
      el.broken = true;
      const consoleError = console.error;
      console.error = () => {};
      try {
        el.requestUpdate();
        await el.moveFocus('.state.error');
        expectFocused(el.shadowRoot!, el.shadowRoot!.querySelector('.state.error'));
      } finally {
        console.error = consoleError;
      }
    });
  });
});
