import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { ValidationError, type ParticipationLadder } from '@ino/sdk';
import { bundledContent as dataset } from '@ino/contract/content';
import { API_BASE, requests, setScenario, worker } from './mock-api.js';
import { where } from './focus.js';
import { pageErrors } from './page-errors.js';
import { announced, announcer } from './announcer.js';
import { appendAndAwait, consoleWarnings, droppedPaths } from './warnings.js';
import '../src/index.js';
import type { InoParticipationLadder, LadderChangeDetail } from '../src/index.js';
import { builtInLadders, variantDescriptions } from '../src/participation-ladder/built-in-ladders.js';
import { FLOW, walk, type Answers, type QuestionId } from '../src/participation-ladder/guided-flow.js';

const shadow = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
const text = (el: Element, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const radios = (el: Element, name = 'rung') => $$<HTMLInputElement>(el, `input[name="${name}"]`);
const checked = (el: Element, name = 'rung') => radios(el, name).find((r) => r.checked)?.value;
const focused = (el: Element) => shadow(el).activeElement;
/**
 * An element in words, for assertions: a failing equality between DOM elements would make the
 * runner serialise the elements (and the widget behind them) and hang instead of reporting.
 */
const button = (el: Element, label: string) => $$<HTMLButtonElement>(el, 'button').find((b) => b.textContent!.trim() === label)!;

/** Collects the ino-change events an element fires. */
function changes(el: Element): LadderChangeDetail[] {
  const seen: LadderChangeDetail[] = [];
  el.addEventListener('ino-change', (event) => seen.push((event as CustomEvent<LadderChangeDetail>).detail));
  return seen;
}

interface AxNode {
  role: string;
  name?: string;
  description?: string;
  checked?: boolean;
  disabled?: boolean;
  required?: boolean;
  focused?: boolean;
  children?: AxNode[];
}
const flatten = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flatten)];

/**
 * The page's accessibility tree as Chromium gives it to assistive technology (the fixture is all
 * there is on the page). It lists the interesting nodes only: controls and text, not groups.
 */
async function axNodes(): Promise<AxNode[]> {
  return flatten((await a11ySnapshot({})) as unknown as AxNode);
}

/** The name of each radio group: its fieldset's legend. */
const groupNames = (el: Element) => $$(el, 'fieldset').map((f) => f.querySelector(':scope > legend')!.textContent!.trim());

/** Answers the current question of a guided ladder and moves on, with the mouse. */
async function answer(el: InoParticipationLadder, key: string): Promise<void> {
  $$<HTMLInputElement>(el, 'input[name="answer"]')
    .find((r) => r.value === key)!
    .click();
  await el.updateComplete;
  button(el, 'Volgende').click();
  await el.updateComplete;
}

const nl = builtInLadders.nl;

describe('<ino-participation-ladder>', () => {
  describe('pick', () => {
    it('offers the five rungs as one radio group, named and described by the ladder', async () => {
      const el = await fixture<InoParticipationLadder>(html`<ino-participation-ladder></ino-participation-ladder>`);
      expect(radios(el).length).to.equal(5);
      expect(groupNames(el)).to.deep.equal(['Hoe ver betrek je burgers en partners?']);
      const rungs = (await axNodes()).filter((n) => n.role === 'radio');
      expect(rungs.map((n) => n.name)).to.deep.equal(nl.rungs.map((r) => `Trede ${r.level}: ${r.name}`));
      expect(rungs.map((n) => n.description)).to.deep.equal(nl.rungs.map((r) => r.summary));
      expect(rungs.every((n) => !n.checked)).to.be.true;
      expect($(el, '[part="definition"]')).to.not.exist;
      await expect(el).to.be.accessible();
    });

    it('shows the definition of the chosen rung', async () => {
      const el = await fixture<InoParticipationLadder>(html`<ino-participation-ladder value="4"></ino-participation-ladder>`);
      expect(checked(el)).to.equal('4');
      const rung = nl.rungs[3]!;
      expect(text(el, '#definition-title')).to.equal(`Trede 4: ${rung.name}`);
      const facts = text(el, '.facts');
      for (const part of [rung.initiative, rung.decision, rung.responsibility, ...rung.examples]) expect(facts).to.contain(part);
      announcer(el);
      await expect(el).to.be.accessible();
    });

    it('a label names the group', async () => {
      const el = await fixture<InoParticipationLadder>(html`<ino-participation-ladder label="Hoe betrekken we de buurt?"></ino-participation-ladder>`);
      expect(groupNames(el)).to.deep.equal(['Hoe betrekken we de buurt?']);
    });

    it('rung 2 opens its three gradations as a nested radio group', async () => {
      const el = await fixture<InoParticipationLadder>(html`<ino-participation-ladder value="2"></ino-participation-ladder>`);
      const seen = changes(el);
      expect(radios(el, 'variant').map((r) => r.value)).to.deep.equal(['consultatie', 'advies', 'coproductie']);
      expect(groupNames(el)).to.deep.equal(['Hoe ver betrek je burgers en partners?', 'Welke vorm van burgerparticipatie? (niet verplicht)']);
      // In reading order, the gradations follow rung 2.
      const variants = (await axNodes()).filter((n) => n.role === 'radio').slice(2, 5);
      expect(variants.map((n) => [n.name, n.description])).to.deep.equal(nl.rungs[1]!.variants!.map((v) => [v.name, variantDescriptions.nl[v.key]]));

      radios(el, 'variant')[2]!.click();
      await el.updateComplete;
      expect(el.variant).to.equal('coproductie');
      expect(seen).to.deep.equal([{ level: 2, key: 'burgerparticipatie', variant: 'coproductie', source: 'pick' }]);
      expect(text(el, '#definition-title')).to.equal('Trede 2: Burger- of beleidsparticipatie (Coproductie)');
      expect(text(el, '.facts')).to.contain('Andere actoren denken mee van bij het begin van de beleidscyclus');
      await expect(el).to.be.accessible();

      // Another rung has no gradations: the variant goes with it.
      radios(el)[2]!.click();
      await el.updateComplete;
      expect(el.variant).to.be.undefined;
      expect(radios(el, 'variant').length).to.equal(0);
      expect(seen[1]).to.deep.equal({ level: 3, key: 'cocreatie', source: 'pick' });
    });

    it('ignores a variant without rung 2, and a value outside 1–5', async () => {
      const el = await fixture<InoParticipationLadder>(html`<ino-participation-ladder value="3" variant="advies"></ino-participation-ladder>`);
      expect(el.variant).to.be.undefined;
      el.value = 9;
      await el.updateComplete;
      expect(el.value).to.be.undefined;
      expect(checked(el)).to.be.undefined;
    });

    it('setting the value from code fires no ino-change', async () => {
      const el = await fixture<InoParticipationLadder>(html`<ino-participation-ladder></ino-participation-ladder>`);
      const seen = changes(el);
      el.value = 5;
      await el.updateComplete;
      expect(checked(el)).to.equal('5');
      expect(seen).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    async function between(template: ReturnType<typeof html>) {
      const wrapper = await fixture(html`<div><button id="before">voor</button>${template}<button id="after">na</button></div>`);
      const el = wrapper.querySelector<InoParticipationLadder>('ino-participation-ladder')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      return el;
    }

    it('is one tab stop; arrow keys move and choose, wrapping; Home and End', async () => {
      const el = await between(html`<ino-participation-ladder></ino-participation-ladder>`);
      const seen = changes(el);
      await sendKeys({ press: 'Tab' });
      expect(where(focused(el))).to.equal(where(radios(el)[0]));
      await sendKeys({ press: 'Space' });
      expect(el.value).to.equal(1);
      await sendKeys({ press: 'ArrowDown' });
      expect([el.value, checked(el), (focused(el) as HTMLInputElement).value]).to.deep.equal([2, '2', '2']);
      await sendKeys({ press: 'ArrowRight' });
      expect(el.value).to.equal(3);
      await sendKeys({ press: 'ArrowLeft' });
      expect(el.value).to.equal(2);
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      expect(el.value, 'ArrowUp on the first rung wraps to the last').to.equal(5);
      await sendKeys({ press: 'ArrowDown' });
      expect(el.value, 'ArrowDown on the last rung wraps to the first').to.equal(1);
      await sendKeys({ press: 'End' });
      expect([el.value, (focused(el) as HTMLInputElement).value]).to.deep.equal([5, '5']);
      await sendKeys({ press: 'Home' });
      expect([el.value, (focused(el) as HTMLInputElement).value]).to.deep.equal([1, '1']);
      expect(seen.map((d) => d.level)).to.deep.equal([1, 2, 3, 2, 1, 5, 1, 5, 1]);
      expect(seen.every((d) => d.source === 'pick')).to.be.true;
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.id, 'the next Tab leaves the group').to.equal('after');
    });

    it('Tab lands on the chosen rung, then on the gradations of rung 2', async () => {
      const el = await between(html`<ino-participation-ladder value="2" variant="advies"></ino-participation-ladder>`);
      await sendKeys({ press: 'Tab' });
      expect(where(focused(el))).to.equal(where(radios(el)[1]));
      await sendKeys({ press: 'Tab' });
      expect(where(focused(el))).to.equal(where(radios(el, 'variant')[1]));
      await sendKeys({ press: 'ArrowDown' });
      expect(el.variant).to.equal('coproductie');
      await sendKeys({ press: 'Home' });
      expect(el.variant).to.equal('consultatie');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement!.id).to.equal('after');
    });

    it('the focused rung has a visible focus ring', async () => {
      const el = await between(html`<ino-participation-ladder></ino-participation-ladder>`);
      await sendKeys({ press: 'Tab' });
      const style = getComputedStyle(focused(el)!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    it('the accessibility tree says which rung is chosen and focused', async () => {
      const el = await between(html`<ino-participation-ladder value="3"></ino-participation-ladder>`);
      await sendKeys({ press: 'Tab' });
      const rungs = (await axNodes()).filter((n) => n.role === 'radio');
      expect(rungs.map((n) => Boolean(n.checked))).to.deep.equal([false, false, true, false, false]);
      expect(rungs.find((n) => n.focused)?.name).to.equal(`Trede 3: ${nl.rungs[2]!.name}`);
      expect(el.value).to.equal(3);
    });
  });

  describe('in a form', () => {
    async function form(template: ReturnType<typeof html>) {
      const f = await fixture<HTMLFormElement>(html`<form>${template}<button>Verstuur</button></form>`);
      const el = f.querySelector<InoParticipationLadder>('ino-participation-ladder')!;
      await el.updateComplete;
      return { f, el };
    }

    /** Submits the form with its button and returns what it sent, or undefined when it did not submit. */
    async function submit(f: HTMLFormElement): Promise<[string, string][] | undefined> {
      let sent: [string, string][] | undefined;
      const onSubmit = (event: SubmitEvent) => {
        event.preventDefault();
        sent = [...new FormData(f, event.submitter)].map(([k, v]) => [k, String(v)]);
      };
      f.addEventListener('submit', onSubmit);
      f.querySelector('button')!.click();
      f.removeEventListener('submit', onSubmit);
      return sent;
    }

    it('its value is in FormData and is submitted', async () => {
      const { f, el } = await form(
        html`<ino-participation-ladder name="trede" value="3"></ino-participation-ladder><input name="project" value="Buurtpark" />`,
      );
      expect(el.form === f, 'the form it is in').to.be.true;
      expect([...new FormData(f)]).to.deep.equal([
        ['trede', '3'],
        ['project', 'Buurtpark'],
      ]);
      radios(el)[4]!.click();
      expect(await submit(f)).to.deep.equal([
        ['trede', '5'],
        ['project', 'Buurtpark'],
      ]);
    });

    it('rung 2 with a gradation submits it as name-variant', async () => {
      const { f, el } = await form(html`<ino-participation-ladder name="trede" value="2" variant="coproductie"></ino-participation-ladder>`);
      expect(await submit(f)).to.deep.equal([
        ['trede', '2'],
        ['trede-variant', 'coproductie'],
      ]);
      radios(el, 'variant')[0]!.click();
      expect(await submit(f)).to.deep.equal([
        ['trede', '2'],
        ['trede-variant', 'consultatie'],
      ]);
    });

    it('without a name or a value it submits nothing', async () => {
      const { f, el } = await form(html`<ino-participation-ladder value="2"></ino-participation-ladder>`);
      expect(await submit(f)).to.deep.equal([]);
      el.name = 'trede';
      el.value = undefined;
      await el.updateComplete;
      expect(await submit(f)).to.deep.equal([]);
    });

    it('required: the form does not submit without a rung, and says why in the UI language', async () => {
      const { f, el } = await form(html`<ino-participation-ladder name="trede" required></ino-participation-ladder>`);
      expect(el.validity.valueMissing).to.be.true;
      expect(el.validationMessage).to.equal('Kies een trede van de participatieladder.');
      expect(f.checkValidity()).to.be.false;
      const invalid = oneEvent(el, 'invalid');
      expect(await submit(f)).to.be.undefined;
      await invalid;
      await el.updateComplete;
      expect(text(el, '[part="error-message"]')).to.equal('Kies een trede van de participatieladder.');
      expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.contain('ladder-error');
      expect(radios(el).every((r) => r.required)).to.be.true;
      await expect(el).to.be.accessible();

      el.lang = 'fr';
      await el.updateComplete;
      expect(el.validationMessage).to.equal("Choisissez un échelon de l'échelle de participation.");

      radios(el)[0]!.click();
      await el.updateComplete;
      expect(el.validity.valid).to.be.true;
      expect($(el, '[part="error-message"]')).to.not.exist;
      expect(await submit(f)).to.deep.equal([['trede', '1']]);
    });

    it('required in guided mode: the message shows beside the question, until a recommendation is accepted', async () => {
      const { f, el } = await form(html`<ino-participation-ladder name="trede" mode="guided" required></ino-participation-ladder>`);
      expect(await submit(f)).to.be.undefined;
      await el.updateComplete;
      expect(text(el, '[part="error-message"]')).to.equal('Kies een trede van de participatieladder.');
      await expect(el).to.be.accessible();
      for (const key of ['yes', 'society', 'when-asked']) await answer(el, key);
      button(el, 'Deze trede kiezen').click();
      await el.updateComplete;
      expect($(el, '[part="error-message"]')).to.not.exist;
      expect(await submit(f)).to.deep.equal([['trede', '4']]);
    });

    it('reset goes back to the value and variant attributes and to the first question', async () => {
      const { f, el } = await form(html`<ino-participation-ladder name="trede" value="2" variant="advies"></ino-participation-ladder>`);
      radios(el)[3]!.click();
      expect([...new FormData(f)]).to.deep.equal([['trede', '4']]);
      f.reset();
      await el.updateComplete;
      expect([el.value, el.variant, checked(el), checked(el, 'variant')]).to.deep.equal([2, 'advies', '2', 'advies']);
      expect([...new FormData(f)]).to.deep.equal([
        ['trede', '2'],
        ['trede-variant', 'advies'],
      ]);

      el.mode = 'guided';
      await el.updateComplete;
      await answer(el, 'yes');
      f.reset();
      await el.updateComplete;
      expect(text(el, '#step-title')).to.match(/^Vraag 1:/);
    });

    it('restores a saved state ("2:coproductie")', async () => {
      const { f, el } = await form(html`<ino-participation-ladder name="trede"></ino-participation-ladder>`);
      el.formStateRestoreCallback('2:coproductie');
      await el.updateComplete;
      expect([...new FormData(f)]).to.deep.equal([
        ['trede', '2'],
        ['trede-variant', 'coproductie'],
      ]);
      el.formStateRestoreCallback('nonsense');
      await el.updateComplete;
      expect(el.value).to.be.undefined;
    });

    it('disabled: nothing to choose, nothing submitted, no tab stop', async () => {
      const { f, el } = await form(html`<ino-participation-ladder name="trede" value="3" disabled required></ino-participation-ladder>`);
      expect(radios(el).every((r) => r.disabled)).to.be.true;
      expect([...new FormData(f)]).to.deep.equal([]);
      expect(el.willValidate).to.be.false;
      expect((await axNodes()).filter((n) => n.role === 'radio').every((n) => n.disabled)).to.be.true;
      radios(el)[0]!.click();
      expect(el.value).to.equal(3);
      f.querySelector('button')!.focus();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(where(shadow(el).activeElement)).to.equal('nothing');
      await expect(el).to.be.accessible();
    });

    it('a disabled fieldset around it disables it too', async () => {
      const { f, el } = await form(
        html`<fieldset disabled><legend>Project</legend><ino-participation-ladder name="trede" value="3"></ino-participation-ladder></fieldset>`,
      );
      await el.updateComplete;
      expect(radios(el).every((r) => r.disabled)).to.be.true;
      expect([...new FormData(f)]).to.deep.equal([]);
      f.querySelector('fieldset')!.disabled = false;
      await el.updateComplete;
      expect(radios(el).some((r) => r.disabled)).to.be.false;
      expect([...new FormData(f)]).to.deep.equal([['trede', '3']]);
    });
  });

  describe('guided', () => {
    const guided = () => fixture<InoParticipationLadder>(html`<ino-participation-ladder mode="guided" name="trede"></ino-participation-ladder>`);

    it('walks a path by keyboard, with focus on each new question, to a reasoned recommendation', async () => {
      const wrapper = await fixture(html`<div><button>voor</button><ino-participation-ladder mode="guided"></ino-participation-ladder></div>`);
      const el = wrapper.querySelector('ino-participation-ladder')!;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      expect(text(el, '#step-title')).to.equal('Vraag 1: Levert inspraak hier echt iets op, en staat de inspanning in verhouding tot het dossier?');
      await expect(el).to.be.accessible();
      // Yes → government → takes input → government decides → from the start: co-production.
      for (const [n, key] of [
        [1, 'yes'],
        [2, 'government'],
        [3, 'yes'],
        [4, 'government'],
        [5, 'coproductie'],
      ] as const) {
        const options = $$<HTMLInputElement>(el, 'input[name="answer"]').map((r) => r.value);
        const steps = options.indexOf(key);
        // From the button before the widget, then from each question's heading: Tab reaches the answers.
        await sendKeys({ press: 'Tab' });
        expect(where(focused(el))).to.equal(where($(el, 'input[name="answer"]')));
        for (let i = 0; i < steps; i++) await sendKeys({ press: 'ArrowDown' });
        if (steps === 0) await sendKeys({ press: 'Space' });
        expect(checked(el, 'answer')).to.equal(key);
        await sendKeys({ press: 'Tab' });
        expect(focused(el)!.textContent!.trim()).to.equal('Volgende');
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(where(focused(el)), `focus moves to step ${n + 1}'s heading`).to.equal(where($(el, '#step-title')));
        await expect(el).to.be.accessible();
      }
      expect(text(el, '#step-title')).to.equal('Aanbeveling: Trede 2: Burger- of beleidsparticipatie (Coproductie)');
      const reasons = $$(el, '.reasons li').map((li) => li.textContent!.trim());
      expect(reasons).to.have.length(5);
      expect(reasons[4]).to.contain('coproductie');
      expect(text(el, '[part="recommendation"]')).to.contain('Coproductie is geen cocreatie');
      expect(el.value, 'a recommendation is not yet a choice').to.be.undefined;
    });

    it('accepting the recommendation sets the value and fires ino-change from the guided flow', async () => {
      const el = await guided();
      const seen = changes(el);
      for (const key of ['unsure', 'together', 'government', 'advies']) await answer(el, key);
      button(el, 'Deze trede kiezen').click();
      await el.updateComplete;
      expect([el.value, el.variant]).to.deep.equal([2, 'advies']);
      expect(seen).to.deep.equal([{ level: 2, key: 'burgerparticipatie', variant: 'advies', source: 'guided' }]);
      expect(text(el, '.chosen')).to.equal('Je keuze: Trede 2: Burger- of beleidsparticipatie (Advies)');
      await announced(el, 'Je keuze: Trede 2: Burger- of beleidsparticipatie (Advies)');
      expect(el.validity.valid).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('back keeps every answer; changing one drops only those that no longer apply', async () => {
      const el = await guided();
      for (const key of ['yes', 'government', 'yes', 'government']) await answer(el, key);
      expect(text(el, '#step-title')).to.match(/^Vraag 5: Wanneer betrek je anderen/);
      button(el, 'Vorige vraag').click();
      await el.updateComplete;
      expect(text(el, '#step-title')).to.match(/^Vraag 4:/);
      expect(checked(el, 'answer'), 'the answer given before is still chosen').to.equal('government');
      button(el, 'Vorige vraag').click();
      await el.updateComplete;
      button(el, 'Vorige vraag').click();
      await el.updateComplete;
      expect(checked(el, 'answer')).to.equal('government');
      expect($(el, '[part="question"]')!.textContent).to.contain('Wie neemt het initiatief?');

      // Several parties together: the input question no longer applies; who decides still does.
      await answer(el, 'together');
      expect(text(el, '#step-title')).to.match(/^Vraag 3: Wie beslist uiteindelijk/);
      expect(checked(el, 'answer')).to.equal('government');
      expect($$(el, '.answers dt').map((dt) => dt.textContent)).to.deep.equal([
        'Levert inspraak hier echt iets op, en staat de inspanning in verhouding tot het dossier?',
        'Wie neemt het initiatief?',
      ]);
      await expect(el).to.be.accessible();
    });

    it('any answer can be changed from the list of answers', async () => {
      const el = await guided();
      for (const key of ['yes', 'society', 'none']) await answer(el, key);
      expect(text(el, '#step-title')).to.equal(`Aanbeveling: Trede 5: ${nl.rungs[4]!.name}`);
      const change = $$<HTMLButtonElement>(el, '.answers button');
      expect(change.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
        'Wijzig je antwoord op: Levert inspraak hier echt iets op, en staat de inspanning in verhouding tot het dossier?',
        'Wijzig je antwoord op: Wie neemt het initiatief?',
        'Wijzig je antwoord op: Welke rol speelt de overheid in dit initiatief van onderuit?',
      ]);
      change[2]!.click();
      await el.updateComplete;
      expect(where(focused(el))).to.equal(where($(el, '#step-title')));
      expect(checked(el, 'answer')).to.equal('none');
      await answer(el, 'active');
      expect(text(el, '#step-title')).to.equal(`Aanbeveling: Trede 4: ${nl.rungs[3]!.name}`);
      expect(text(el, '[part="recommendation"]')).to.contain('De overheid handelt hier actief');
    });

    it('says so when Next is pressed without an answer', async () => {
      const el = await guided();
      button(el, 'Volgende').click();
      await el.updateComplete;
      expect(text(el, '[role="alert"]')).to.equal('Kies een antwoord om verder te gaan.');
      expect(text(el, '#step-title')).to.match(/^Vraag 1:/);
      await expect(el).to.be.accessible();
    });

    it('another rung can be chosen instead of the recommendation', async () => {
      const el = await guided();
      const seen = changes(el);
      await answer(el, 'no');
      expect(text(el, '#step-title')).to.equal(`Aanbeveling: Trede 1: ${nl.rungs[0]!.name}`);
      expect(text(el, '[part="recommendation"]')).to.contain('legitieme keuze');
      button(el, 'Een andere trede kiezen').click();
      await el.updateComplete;
      expect(where(focused(el))).to.equal(where(radios(el)[0]));
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(el.value).to.equal(5);
      expect(seen).to.deep.equal([{ level: 5, key: 'zelfbeheer', source: 'pick' }]);
      expect(text(el, '#definition-title')).to.equal(`Trede 5: ${nl.rungs[4]!.name}`);
      await announced(el, `Je keuze: Trede 5: ${nl.rungs[4]!.name}`);
      await expect(el).to.be.accessible();

      button(el, 'Opnieuw beginnen').click();
      await el.updateComplete;
      expect(text(el, '#step-title')).to.match(/^Vraag 1:/);
      expect(el.value, 'starting again keeps the choice').to.equal(5);
    });

    it('every path of the flow, answered in the widget, recommends the rung of the flow', async () => {
      const el = await guided();
      const paths: string[][] = [];
      const collect = (question: QuestionId, keys: string[]) => {
        for (const option of FLOW[question]) {
          if ('recommend' in option) paths.push([...keys, option.key]);
          else collect(option.next, [...keys, option.key]);
        }
      };
      collect('worth', []);
      for (const path of paths) {
        button(el, 'Opnieuw beginnen')?.click();
        await el.updateComplete;
        for (const key of path) await answer(el, key);
        const answers: Answers = {};
        for (const key of path) answers[walk(answers).current!] = key;
        const { level, variant } = walk(answers).recommendation!;
        const rung = nl.rungs[level - 1]!;
        const name = variant ? `${rung.name} (${rung.variants!.find((v) => v.key === variant)!.name})` : rung.name;
        expect(text(el, '#step-title'), path.join(' → ')).to.equal(`Aanbeveling: Trede ${level}: ${name}`);
      }
      expect(paths.length).to.equal(25);
    });

    it('is disabled with everything in it', async () => {
      const el = await fixture<InoParticipationLadder>(html`<ino-participation-ladder mode="guided" disabled></ino-participation-ladder>`);
      expect($$<HTMLInputElement>(el, 'input').every((i) => i.disabled)).to.be.true;
      expect($$<HTMLButtonElement>(el, 'button').every((b) => b.disabled)).to.be.true;
      await expect(el).to.be.accessible();
    });
  });

  describe('no network', () => {
    it('works from its built-in content without an API, and shows no practices section', async () => {
      const el = await fixture<InoParticipationLadder>(html`<ino-participation-ladder value="3"></ino-participation-ladder>`);
      radios(el)[1]!.click();
      await el.updateComplete;
      expect(text(el, '#definition-title')).to.equal(`Trede 2: ${nl.rungs[1]!.name}`);
      expect($(el, '[part="practices"]')).to.not.exist;
      expect(requests).to.deep.equal([]);
      expect(pageErrors).to.deep.equal([]);
    });
  });

  describe('with an API', () => {
    const atRung = (rung: number) => dataset.practices.filter((p) => p.ladderRung === rung);

    it('lists up to three practices at the chosen rung', async () => {
      const el = await fixture<InoParticipationLadder>(html`<ino-participation-ladder api-base=${API_BASE} value="3"></ino-participation-ladder>`);
      await waitUntil(() => $$(el, '.practice-list li').length, 'practices', { timeout: 5000 });
      const titles = $$(el, '.practice-list li span:first-child').map((s) => s.textContent);
      expect(titles.length).to.equal(Math.min(3, atRung(3).length));
      for (const title of titles) expect(atRung(3).map((p) => p.title)).to.include(title);
      const query = new URL(requests.find((r) => r.url.includes('/practices'))!.url).searchParams;
      expect([query.get('rung'), query.get('limit'), query.get('lang')]).to.deep.equal(['3', '3', 'nl']);
      expect($(el, '[part="practices"] a')).to.not.exist;
      await expect(el).to.be.accessible();

      radios(el)[3]!.click();
      await waitUntil(() => $$(el, '.practice-list li span:first-child').some((s) => atRung(4).some((p) => p.title === s.textContent)), 'practices at rung 4', {
        timeout: 5000,
      });
    });

    it('links the practices when practice-url says where they are read', async () => {
      const el = await fixture<InoParticipationLadder>(
        html`<ino-participation-ladder api-base=${API_BASE} value="4" practice-url="https://example.org/praktijk/{id}?bron=ladder"></ino-participation-ladder>`,
      );
      await waitUntil(() => $$(el, '.practice-list a').length, 'links', { timeout: 5000 });
      const hrefs = $$<HTMLAnchorElement>(el, '.practice-list a').map((a) => a.getAttribute('href'));
      expect(hrefs.every((h) => atRung(4).some((p) => h === `https://example.org/praktijk/${p.id}?bron=ladder`))).to.be.true;
    });

    it('in guided mode, shows practices at the recommended rung', async () => {
      const el = await fixture<InoParticipationLadder>(html`<ino-participation-ladder api-base=${API_BASE} mode="guided"></ino-participation-ladder>`);
      for (const key of ['yes', 'society', 'when-asked']) await answer(el, key);
      await waitUntil(() => $$(el, '.practice-list li').length, 'practices', { timeout: 5000 });
      expect(new URL(requests.find((r) => r.url.includes('/practices'))!.url).searchParams.get('rung')).to.equal('4');
      announcer(el);
      await expect(el).to.be.accessible();
    });

    it('a failure to load practices is said, with a retry, and the ladder keeps working', async () => {
      setScenario({ fault: 'server-error', path: '/practices' });
      const el = await fixture<InoParticipationLadder>(html`<ino-participation-ladder api-base=${API_BASE}></ino-participation-ladder>`);
      const failed = oneEvent(el, 'ino-error');
      radios(el)[2]!.click();
      await failed;
      await el.updateComplete;
      expect(text(el, '[part="practices"] [role="alert"]')).to.equal('De praktijken op deze trede konden niet geladen worden.');
      announcer(el);
      await expect(el).to.be.accessible();
      setScenario({});
      button(el, 'Opnieuw proberen').click();
      await waitUntil(() => $$(el, '.practice-list li').length, 'practices after retry', { timeout: 5000 });
      expect(pageErrors).to.deep.equal([]);
    });

    it('refreshes with what is valid of a ladder, and reports what it left out', async () => {
      const updated = { ...nl, rungs: nl.rungs.map((r) => (r.level === 5 ? { ...r, name: 'Zelforganisatie', examples: [...r.examples, 42] } : r)) };
      worker.use(http.get(`${API_BASE}/participation-ladder`, () => HttpResponse.json(updated)));
      const el = document.createElement('ino-participation-ladder');
      el.apiBase = API_BASE;
      const { warnings } = await appendAndAwait(el, 'ino-warning');
      await waitUntil(() => text(el, '#rung-5-name') === 'Trede 5: Zelforganisatie', 'the refreshed name', { timeout: 5000 });
      expect(droppedPaths(warnings)).to.deep.equal([[`rungs.4.examples.${nl.rungs[4]!.examples.length}`]]);
      expect(consoleWarnings).to.have.length(1);
      el.remove();
    });

    it('refreshes the ladder text from GET /participation-ladder', async () => {
      const updated: ParticipationLadder = { ...nl, version: '2027-01', rungs: nl.rungs.map((r) => (r.level === 5 ? { ...r, name: 'Zelforganisatie' } : r)) };
      worker.use(http.get(`${API_BASE}/participation-ladder`, () => HttpResponse.json(updated)));
      const el = await fixture<InoParticipationLadder>(html`<ino-participation-ladder api-base=${API_BASE}></ino-participation-ladder>`);
      await waitUntil(() => text(el, '#rung-5-name') === 'Trede 5: Zelforganisatie', 'the refreshed name', { timeout: 5000 });
      // Nothing was dropped: nothing to report.
      expect(consoleWarnings).to.deep.equal([]);
    });

    it('keeps its built-in text when the API answers in another language', async () => {
      const el = await fixture<InoParticipationLadder>(html`<ino-participation-ladder api-base=${API_BASE} lang="en"></ino-participation-ladder>`);
      worker.use(
        http.get(`${API_BASE}/participation-ladder`, () => HttpResponse.json({ ...nl, rungs: nl.rungs.map((r) => ({ ...r, name: `${r.name} (nl)` })) })),
      );
      el.lang = 'fr';
      await waitUntil(() => requests.some((r) => r.url.includes('lang=fr')), 'the French ladder asked', { timeout: 5000 });
      await el.updateComplete;
      expect(text(el, '#rung-1-name')).to.equal(`Échelon 1 : ${builtInLadders.fr.rungs[0]!.name}`);
    });

    for (const [name, respond] of [
      ['a server error', () => HttpResponse.json({ type: 'about:blank', title: 'Boom', status: 500 }, { status: 500 })],
      ['a ladder without rung 5', () => HttpResponse.json({ ...nl, rungs: [...nl.rungs.slice(0, 4), { ...nl.rungs[0] }] })],
    ] as const) {
      it(`keeps its built-in text after ${name}, and reports it as ino-error`, async () => {
        worker.use(http.get(`${API_BASE}/participation-ladder`, respond));
        const el = document.createElement('ino-participation-ladder');
        el.apiBase = API_BASE;
        const failed = oneEvent(el, 'ino-error');
        document.body.append(el);
        const { detail } = await failed;
        if (name.includes('rung 5')) expect(detail.error).to.be.instanceOf(ValidationError);
        await el.updateComplete;
        expect(radios(el).length).to.equal(5);
        expect(text(el, '#rung-5-name')).to.equal(`Trede 5: ${nl.rungs[4]!.name}`);
        expect($(el, '[role="alert"]')).to.not.exist;
        expect(pageErrors).to.deep.equal([]);
        el.remove();
      });
    }

    it('renders markup from the API as text', async () => {
      const payload = '<img src=x onerror="window.__xss=1">';
      worker.use(
        http.get(`${API_BASE}/participation-ladder`, () =>
          HttpResponse.json({ ...nl, rungs: nl.rungs.map((r) => ({ ...r, name: payload, summary: payload })) }),
        ),
      );
      const el = await fixture<InoParticipationLadder>(html`<ino-participation-ladder api-base=${API_BASE} value="1"></ino-participation-ladder>`);
      await waitUntil(() => text(el, '#rung-1-name') === `Trede 1: ${payload}`, 'the payload as text', { timeout: 5000 });
      expect($(el, 'img')).to.be.null;
      expect((window as { __xss?: number }).__xss).to.be.undefined;
    });

    it('takes api-base and lang from <ino-provider>', async () => {
      const provider = await fixture(
        html`<ino-provider api-base=${API_BASE} lang="en"><ino-participation-ladder value="2"></ino-participation-ladder></ino-provider>`,
      );
      const el = provider.querySelector('ino-participation-ladder')!;
      await waitUntil(() => $$(el, '.practice-list li').length, 'practices', { timeout: 5000 });
      expect(text(el, '#rung-2-name')).to.equal(`Rung 2: ${builtInLadders.en.rungs[1]!.name}`);
    });
  });

  describe('languages', () => {
    for (const lang of ['nl', 'fr', 'en'] as const) {
      it(`speaks ${lang} in both modes`, async () => {
        const ladder = builtInLadders[lang];
        const rungWord = { nl: 'Trede 2: ', fr: 'Échelon 2 : ', en: 'Rung 2: ' }[lang];
        const el = await fixture<InoParticipationLadder>(html`<ino-participation-ladder lang=${lang} value="2" required></ino-participation-ladder>`);
        expect(text(el, '#rung-2-name')).to.equal(`${rungWord}${ladder.rungs[1]!.name}`);
        expect(text(el, '#rung-2-summary')).to.equal(ladder.rungs[1]!.summary);
        expect(radios(el, 'variant').map((r) => text(el, `#variant-${r.value}-name`))).to.deep.equal(ladder.rungs[1]!.variants!.map((v) => v.name));
        expect(text(el, '.facts')).to.contain(ladder.rungs[1]!.decision);
        await expect(el).to.be.accessible();

        el.mode = 'guided';
        await el.updateComplete;
        const first = { nl: 'Vraag 1: Levert inspraak', fr: 'Question 1 : Associer', en: 'Question 1: Will involving others' }[lang];
        expect(text(el, '#step-title').startsWith(first)).to.be.true;
        await expect(el).to.be.accessible();
        el.value = undefined;
        await el.updateComplete;
        expect(el.validationMessage).to.equal(
          {
            nl: 'Kies een trede van de participatieladder.',
            fr: "Choisissez un échelon de l'échelle de participation.",
            en: 'Choose a rung of the participation ladder.',
          }[lang],
        );
      });
    }
  });

  describe('theme', () => {
    it('is accessible in the dark theme of the provider, in both modes', async () => {
      const provider = await fixture(
        html`<ino-provider theme="dark"><ino-participation-ladder value="2" variant="advies"></ino-participation-ladder></ino-provider>`,
      );
      const el = provider.querySelector('ino-participation-ladder')!;
      await el.updateComplete;
      expect(getComputedStyle($(el, '[part="definition"]')!).backgroundColor).to.equal('rgb(22, 24, 29)');
      await expect(el).to.be.accessible();
      el.mode = 'guided';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('takes --ino-* tokens from the host page', async () => {
      const el = await fixture<InoParticipationLadder>(html`<ino-participation-ladder style="--ino-color-border: rgb(1, 2, 3)"></ino-participation-ladder>`);
      expect(getComputedStyle($(el, '.option')!).borderTopColor).to.equal('rgb(1, 2, 3)');
    });
  });
});
