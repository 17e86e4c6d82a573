// French and English texts are fetched the first time a widget speaks them (shared/catalogue.ts).
// This file runs in a page of its own, so the first French widget here is the first on the page.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { InoParticipationLadder } from '../src/index.js';
import { Catalogue } from '../src/shared/catalogue.js';
import { expectFocused } from './focus.js';

const rungName = (el: Element, level: number) => el.shadowRoot!.querySelector(`#rung-${level}-name`)?.textContent?.trim() ?? '';

/** A ladder attached to the page, with every text its shadow root shows while it comes up. */
function ladderIn(lang: string | undefined): { el: InoParticipationLadder; shown: string[] } {
  const el = document.createElement('ino-participation-ladder');
  if (lang) el.lang = lang;
  const shown: string[] = [];
  document.body.append(el);
  shown.push(el.shadowRoot!.textContent ?? '');
  new MutationObserver(() => shown.push(el.shadowRoot!.textContent ?? '')).observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
  return { el, shown };
}

afterEach(() => {
  document.querySelectorAll('ino-participation-ladder').forEach((el) => el.remove());
  document.documentElement.lang = 'nl';
});

describe('a widget in French or English', () => {
  it('renders nothing until its French texts are here, then French only: never Dutch first', async () => {
    const { el, shown } = ladderIn('fr');
    expect(shown[0], 'nothing is rendered while the texts are on their way').to.equal('');
    await el.updateComplete;
    expect(rungName(el, 1)).to.match(/^Échelon 1 : /);
    expect(
      shown.some((text) => text.includes('Trede')),
      'no Dutch rung label was ever shown',
    ).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('is operated with the keyboard in French like in Dutch', async () => {
    const { el } = ladderIn('fr');
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="rung"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.value).to.equal(2);
    expectFocused(el.shadowRoot!, el.shadowRoot!.querySelector('input[value="2"]'));
  });

  it('ends in the last language asked when the language changes while texts are on their way', async () => {
    const { el } = ladderIn('fr');
    el.lang = 'en';
    await el.updateComplete;
    await waitUntil(() => rungName(el, 1).startsWith('Rung 1: '), 'the English ladder', { timeout: 5000 });
    await expect(el).to.be.accessible();
  });

  it('follows <html lang> when it has no lang of its own', async () => {
    const { el } = ladderIn(undefined);
    await el.updateComplete;
    expect(rungName(el, 1)).to.match(/^Trede 1: /);
    document.documentElement.lang = 'en';
    await waitUntil(() => rungName(el, 1).startsWith('Rung 1: '), 'the English ladder', { timeout: 5000 });
  });
});

describe('Catalogue', () => {
  const nl = { hello: 'Hallo' };

  it('gives Dutch at once, and fetches another language once however often it is asked', async () => {
    let fetches = 0;
    const catalogue = new Catalogue(nl, { fr: async () => (fetches++, { hello: 'Bonjour' }), en: async () => ({ hello: 'Hello' }) });
    expect(catalogue.load('nl')).to.equal(undefined);
    expect(catalogue.in('fr').hello, 'Dutch until French is here').to.equal('Hallo');
    await Promise.all([catalogue.load('fr'), catalogue.load('fr')]);
    expect(catalogue.load('fr'), 'nothing left to wait for').to.equal(undefined);
    expect(catalogue.in('fr').hello).to.equal('Bonjour');
    expect(fetches).to.equal(1);
  });

  it('keeps Dutch when a language cannot be fetched, warns, and tries again next time', async () => {
    let attempts = 0;
    const catalogue = new Catalogue(nl, {
      fr: async () => {
        attempts++;
        if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
        return { hello: 'Bonjour' };
      },
      en: async () => ({ hello: 'Hello' }),
    });
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      await catalogue.load('fr');
    } finally {
      console.warn = warn;
    }
    expect(catalogue.in('fr').hello).to.equal('Hallo');
    expect(String(warnings[0]?.[0])).to.contain('could not load the fr texts');
    await catalogue.load('fr');
    expect(catalogue.in('fr').hello).to.equal('Bonjour');
  });
});
