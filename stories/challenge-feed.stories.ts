import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { bundledContent as dataset } from '@ino/contract/content';
import { withManyChallenges } from '@ino/mock-api';
import { API_BASE, langArgType, withMockApi, withScenario } from './mock.js';

interface Args {
  status?: string;
  theme?: string;
  owner?: string;
  nis?: string;
  programme?: string;
  limit: number;
  sort?: 'closesAt' | 'updatedAt';
  heading?: string;
  filters: boolean;
  lang?: string;
}

/** Stories count deadlines from the day the dataset was written, so they look the same every day. */
const NOW = new Date('2026-11-23T10:00:00+01:00');

const meta = {
  title: 'Widgets/Challenge feed',
  component: 'ino-challenge-feed',
  args: { limit: 5, filters: false, heading: 'Open uitdagingen' },
  argTypes: {
    sort: { control: 'inline-radio', options: [undefined, 'closesAt', 'updatedAt'] },
    lang: langArgType,
  },
  render: (args) => html`<ino-challenge-feed
    api-base=${API_BASE}
    status=${ifDefined(args.status)}
    theme=${ifDefined(args.theme)}
    owner=${ifDefined(args.owner)}
    nis=${ifDefined(args.nis)}
    programme=${ifDefined(args.programme)}
    limit=${args.limit}
    sort=${ifDefined(args.sort)}
    heading=${ifDefined(args.heading)}
    lang=${ifDefined(args.lang)}
    ?filters=${args.filters}
    .now=${NOW}
  ></ino-challenge-feed>`,
  parameters: {
    docs: {
      description: {
        component:
          'The challenges that government bodies put to partners. A municipality embeds it with its NIS code (`nis="44021"`); `filters` adds status, theme and owner controls. Paged with "load more"; at most 100 challenges are in the page at once.',
      },
    },
  },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

export const Open: Story = {};
/** Stories tagged 'smoke-dark' are also checked in the dark theme (the Theme toolbar, .storybook/preview.ts). */
export const WithFilters: Story = { tags: ['smoke-dark'], args: { filters: true, limit: 10 } };
export const Municipality: Story = {
  name: 'A municipality (Gent, NIS 44021)',
  args: { nis: '44021', heading: 'Uitdagingen in Gent', status: 'open,announced,in-evaluation,awarded,closed' },
};
export const Programme: Story = {
  name: 'One programme (Sandbox Vlaanderen)',
  args: { programme: 'sandbox-vlaanderen', status: 'open,announced,in-evaluation,awarded,closed,cancelled', heading: 'Sandbox Vlaanderen' },
};
export const NewestFirst: Story = { args: { sort: 'updatedAt', status: 'open,closed,awarded' } };
export const French: Story = { args: { lang: 'fr', heading: 'Défis ouverts' } };
export const English: Story = { args: { lang: 'en', heading: 'Open challenges' } };
export const NoHeading: Story = { args: { heading: undefined } };

export const Loading: Story = { tags: ['smoke-dark'], parameters: withScenario({ latencyMs: 60_000 }) };
export const Empty: Story = { args: { nis: '99999', filters: true } };
export const ServerError: Story = { tags: ['smoke-dark'], parameters: withScenario({ fault: 'server-error' }) };
export const Offline: Story = { parameters: withScenario({ fault: 'network-error' }) };
export const MalformedItem: Story = { name: 'One malformed item (left out)', tags: ['smoke-dark'], parameters: withScenario({ fault: 'invalid-items' }) };
export const LongList: Story = {
  name: '5,000 challenges',
  args: { limit: 50, heading: '5.000 uitdagingen' },
  parameters: withMockApi({ dataset: withManyChallenges(dataset, 5000) }),
};
