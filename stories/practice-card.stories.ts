import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { bundledContent as dataset } from '@ino/contract/content';
import type { Practice } from '@ino/sdk';
import { API_BASE, langArgType, withScenario } from './mock.js';

interface Args {
  practiceId: string;
  variant: 'compact' | 'full';
  lang?: string;
  headingLevel: number;
  /** Where the whole practice is read, with `{id}`. */
  practiceUrl?: string;
}

const translated = dataset.practices.find((p) => p.translations?.fr && p.translations.en)!;
const dutchOnly = dataset.practices.find((p) => !p.translations)!;
const minimal = dataset.practices.reduce((a, b) => (Object.keys(b).length < Object.keys(a).length ? b : a));
const longest = dataset.practices.reduce((a, b) => ((b.description?.length ?? 0) > (a.description?.length ?? 0) ? b : a));
const longestOutcome = dataset.practices.reduce((a, b) => (b.whatWorked.length > a.whatWorked.length ? b : a));

const meta = {
  title: 'Widgets/Practice card',
  component: 'ino-practice-card',
  args: { practiceId: translated.id, variant: 'full', headingLevel: 2 },
  argTypes: {
    variant: { control: 'inline-radio', options: ['compact', 'full'] },
    lang: langArgType,
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args) => html`<ino-practice-card
    api-base=${API_BASE}
    practice-id=${args.practiceId}
    variant=${args.variant}
    lang=${ifDefined(args.lang)}
    heading-level=${args.headingLevel}
    practice-url=${ifDefined(args.practiceUrl)}
  ></ino-practice-card>`,
  parameters: {
    docs: {
      description: {
        component:
          'One practice of the network: who did it, what it is, and — with equal weight — what worked and what did not. Fetched by `practice-id`, or given as data through `.practice`.',
      },
    },
  },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** Stories tagged 'smoke-dark' are also checked in the dark theme (the Theme toolbar, .storybook/preview.ts). */
export const Full: Story = { tags: ['smoke-dark'] };
export const Compact: Story = { name: 'Compact (cut text can be shown whole)', args: { variant: 'compact', practiceId: longestOutcome.id } };
export const CompactLinked: Story = {
  name: 'Compact, with practice-url (the title leads on)',
  args: { variant: 'compact', practiceUrl: 'https://www.vlaanderen.be/innovatienetwerk-overheid/praktijken/{id}' },
};
export const French: Story = { args: { lang: 'fr' } };
export const English: Story = { args: { lang: 'en' } };
export const EnglishFallingBackToDutch: Story = { name: 'English, text only in Dutch', args: { lang: 'en', practiceId: dutchOnly.id } };
export const Minimal: Story = { name: 'Minimal practice (no optional fields)', args: { practiceId: minimal.id } };
export const LongText: Story = { name: 'Long description', args: { practiceId: longest.id } };

export const Loading: Story = { tags: ['smoke-dark'], parameters: withScenario({ latencyMs: 60_000 }) };
export const NotFound: Story = { args: { practiceId: 'bestaat-niet' } };
export const ServerError: Story = {
  tags: ['smoke-dark'],
  parameters: withScenario({ fault: 'server-error' }),
  render: (args) => html`<ino-practice-card api-base=${API_BASE} practice-id=${args.practiceId}>
    <a href="https://www.vlaanderen.be/innovatienetwerk-overheid">Bekijk de praktijk op de website van het netwerk</a>
  </ino-practice-card>`,
};
export const Offline: Story = { parameters: withScenario({ fault: 'network-error' }) };
export const MalformedJson: Story = { name: 'Malformed JSON', parameters: withScenario({ fault: 'malformed-json' }) };
export const InvalidData: Story = { name: 'Data that breaks the contract', parameters: withScenario({ fault: 'invalid-items' }) };

const given: Practice = {
  id: 'gegeven-praktijk',
  lang: 'nl',
  title: 'Een praktijk zonder API, als data gegeven',
  summary: 'Met .practice toont de kaart gegevens die de hostpagina zelf heeft; ze worden net zo streng gecontroleerd als wat de API levert.',
  organisations: [{ id: 'stad-gent', name: 'Stad Gent', kind: 'local-government', level: 'local' }],
  level: 'local',
  themes: [{ id: 'participatie', label: 'Participatie' }],
  ladderRung: 3,
  stage: 'pilot',
  whatWorked: 'Markup zoals <b>dit</b> blijft gewone tekst.',
  whatDidNotWork: 'Niets wordt als HTML getoond, ook niet <script>alert(1)</script>.',
  lessons: [],
  figures: [],
  links: [],
  updatedAt: '2026-11-02T10:00:00+01:00',
};
export const GivenData: Story = {
  name: 'Given data (.practice), markup as text',
  render: () => html`<ino-practice-card variant="full" .practice=${given}></ino-practice-card>`,
};

export const CustomTheme: Story = {
  render: (args) => html`<ino-practice-card
    style="--ino-color-accent: #2c7a7b; --ino-color-accent-text: #fff; --ino-radius: 12px; --ino-font-family: Georgia, serif; --ino-color-surface: #eef6f6"
    api-base=${API_BASE}
    practice-id=${args.practiceId}
    variant=${args.variant}
  ></ino-practice-card>`,
};
export const InsideProvider: Story = {
  name: 'Inside <ino-provider lang="fr">',
  render: () => html`<ino-provider api-base=${API_BASE} lang="fr">
    <ino-practice-card practice-id=${translated.id} variant="compact"></ino-practice-card>
  </ino-provider>`,
};
