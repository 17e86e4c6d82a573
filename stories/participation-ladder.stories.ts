import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { InoParticipationLadder } from '@ino/widgets';
import { API_BASE, langArgType, withScenario } from './mock.js';

interface Args {
  mode: 'pick' | 'guided';
  value?: number;
  variant?: string;
  name: string;
  required: boolean;
  disabled: boolean;
  lang?: string;
  label?: string;
}

const meta = {
  title: 'Widgets/Participation ladder',
  component: 'ino-participation-ladder',
  args: { mode: 'pick', name: 'trede', required: false, disabled: false },
  argTypes: {
    mode: { control: 'inline-radio', options: ['pick', 'guided'] },
    value: { control: 'select', options: [undefined, 1, 2, 3, 4, 5] },
    variant: { control: 'select', options: [undefined, 'consultatie', 'advies', 'coproductie'] },
    lang: langArgType,
  },
  // No api-base: the ladder works from its built-in content, without any network.
  render: (args) => html`<ino-participation-ladder
    mode=${args.mode}
    name=${args.name}
    value=${ifDefined(args.value)}
    variant=${ifDefined(args.variant)}
    lang=${ifDefined(args.lang)}
    label=${ifDefined(args.label)}
    ?required=${args.required}
    ?disabled=${args.disabled}
  ></ino-participation-ladder>`,
  parameters: {
    docs: {
      description: {
        component:
          'The Flemish participation ladder of the Kenniscentrum Participatie as a form control: choose how far to involve citizens and partners, directly (`mode="pick"`) or guided by a few questions (`mode="guided"`). Built-in content in nl/fr/en; with an API it lists practices at the chosen rung.',
      },
    },
  },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

const ladderIn = (canvas: HTMLElement) => canvas.querySelector('ino-participation-ladder') as InoParticipationLadder;

/** Answers the guided questions in order through the widget's own controls, as a person would. */
async function answerAll(el: InoParticipationLadder, keys: string[]): Promise<void> {
  await el.updateComplete;
  for (const key of keys) {
    el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="answer"][value="${key}"]`)!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.actions button')!.click();
    await el.updateComplete;
  }
}

export const Pick: Story = {};
export const PickWithValue: Story = { name: 'Pick, with a value', args: { value: 3 } };
/** Stories tagged 'smoke-dark' are also checked in the dark theme (the Theme toolbar, .storybook/preview.ts). */
export const Rung2WithVariant: Story = { name: 'Rung 2 with a gradation', tags: ['smoke-dark'], args: { value: 2, variant: 'coproductie' } };
export const Guided: Story = { args: { mode: 'guided' } };
export const GuidedFinished: Story = {
  name: 'Guided, at the recommendation',
  tags: ['smoke-dark'],
  args: { mode: 'guided' },
  play: ({ canvasElement }) => answerAll(ladderIn(canvasElement), ['yes', 'government', 'yes', 'government', 'coproductie']),
};
export const GuidedAccepted: Story = {
  name: 'Guided, recommendation accepted',
  args: { mode: 'guided' },
  play: async ({ canvasElement }) => {
    const el = ladderIn(canvasElement);
    await answerAll(el, ['yes', 'society', 'active']);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="recommendation"] .actions button')!.click();
  },
};

export const InsideAForm: Story = {
  name: 'Inside a form, with what it submits',
  render: (args) => {
    const show = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      const sent = [...new FormData(form)].map(([key, value]) => `${key}=${String(value)}`).join('&');
      form.querySelector('output')!.textContent = sent || '(niets)';
    };
    return html`<form @submit=${show}>
      <p><label>Project <input name="project" value="Buurtpark De Wilgen" /></label></p>
      <ino-participation-ladder name=${args.name} required label="Hoe ver betrek je de buurt bij dit project?"></ino-participation-ladder>
      <p><button>Versturen</button> <button type="reset">Wissen</button></p>
      <p>Verstuurd: <output></output></p>
    </form>`;
  },
};
export const RequiredInvalid: Story = {
  name: 'Required, submitted without a rung',
  tags: ['smoke-dark'],
  render: InsideAForm.render,
  play: ({ canvasElement }) => canvasElement.querySelector('form')!.requestSubmit(),
};
export const Disabled: Story = { args: { value: 2, variant: 'advies', disabled: true } };
export const DisabledGuided: Story = { name: 'Disabled, guided', args: { mode: 'guided', disabled: true } };

export const Dutch: Story = { args: { lang: 'nl', value: 4 } };
export const French: Story = { args: { lang: 'fr', value: 4 } };
export const English: Story = { args: { lang: 'en', value: 4 } };
export const FrenchGuided: Story = { name: 'French, guided', args: { lang: 'fr', mode: 'guided' } };
export const EnglishGuided: Story = {
  name: 'English, guided, at the recommendation',
  args: { lang: 'en', mode: 'guided' },
  play: ({ canvasElement }) => answerAll(ladderIn(canvasElement), ['unsure', 'together', 'partners']),
};

export const WithPractices: Story = {
  name: 'With an API: practices at the rung',
  render: () => html`<ino-participation-ladder api-base=${API_BASE} value="3" practice-url="https://example.org/praktijken/{id}"></ino-participation-ladder>`,
};
export const PracticesFailing: Story = {
  name: 'With an API that fails: built-in text, practices not loaded',
  tags: ['smoke-dark'],
  parameters: withScenario({ fault: 'server-error' }),
  render: () => html`<ino-participation-ladder api-base=${API_BASE} value="3"></ino-participation-ladder>`,
};
