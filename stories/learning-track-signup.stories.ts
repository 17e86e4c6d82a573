import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import { bundledContent as dataset } from '@ino/contract/content';
import { API_BASE, langArgType, withApplyProblem, withScenario } from './mock.js';

interface Args {
  trackId: string;
  lang?: string;
}

const track = (test: (t: (typeof dataset.learningTracks)[number]) => boolean) => dataset.learningTracks.find(test)!.id;
const selection = track((t) => t.admission === 'selection' && t.status === 'open');
const firstCome = track((t) => t.admission === 'first-come' && t.status === 'open' && t.seats != null);
const waitlist = track((t) => t.status === 'waitlist');

const meta = {
  title: 'Widgets/Learning track signup',
  component: 'ino-learning-track-signup',
  args: { trackId: selection },
  argTypes: { lang: langArgType },
  render: (args) => html`<ino-learning-track-signup api-base=${API_BASE} track-id=${args.trackId} lang=${ifDefined(args.lang)}></ino-learning-track-signup>`,
  parameters: {
    docs: {
      description: {
        component:
          'The facts of a learning track and its signup form. What a person types is kept in their own browser until the server has accepted the application; a retried attempt never signs anyone up twice.',
      },
    },
  },
  beforeEach: () => {
    // Every story starts without a saved draft.
    for (const t of dataset.learningTracks) localStorage.removeItem(`ino-widgets:signup-draft:${t.id}`);
  },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

const form = (canvas: HTMLElement) => canvas.querySelector('ino-learning-track-signup')!.shadowRoot!;
const ready = (canvas: HTMLElement) => waitFor(() => expect(form(canvas).querySelector('form')).toBeTruthy(), { timeout: 5000 });

/** Stories tagged 'smoke-dark' are also checked in the dark theme (the Theme toolbar, .storybook/preview.ts). */
export const Selection: Story = { name: 'Selection (apply, hear later)', tags: ['smoke-dark'] };
export const FirstCome: Story = { name: 'First come, seats left', args: { trackId: firstCome } };
export const Waitlist: Story = { name: 'Full, with a waitlist', args: { trackId: waitlist } };
export const French: Story = { args: { lang: 'fr' } };
export const English: Story = { args: { lang: 'en' } };

export const ErrorSummary: Story = {
  name: 'Submitted empty: error summary',
  tags: ['smoke-dark'],
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    (form(canvasElement).querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await waitFor(() => expect(form(canvasElement).querySelector('.error-summary')).toBeTruthy());
  },
};

async function fillIn(canvasElement: HTMLElement, email: string): Promise<void> {
  await ready(canvasElement);
  const root = form(canvasElement);
  const values: Record<string, string> = { givenName: 'An', familyName: 'Peeters', email, organisation: 'Stad Gent' };
  for (const [name, value] of Object.entries(values)) await userEvent.type(root.querySelector(`#field-${name}`)!, value);
  for (const area of root.querySelectorAll('textarea[required]')) await userEvent.type(area, 'Ervaring met participatietrajecten in de stad.');
  await userEvent.click(root.querySelector('#field-consent')!);
}

export const Received: Story = {
  name: 'Sent: received (selection)',
  play: async ({ canvasElement }) => {
    await fillIn(canvasElement, `an.${Date.now()}@example.org`);
    await userEvent.click(form(canvasElement).querySelector('button[type="submit"]')!);
    await waitFor(() => expect(form(canvasElement).querySelector('.result')).toBeTruthy(), { timeout: 5000 });
  },
};

export const Confirmed: Story = { name: 'Sent: confirmed (first come)', args: { trackId: firstCome }, play: Received.play };
export const Waitlisted: Story = { name: 'Sent: waitlisted, with position', args: { trackId: waitlist }, play: Received.play };

export const SendingFailed: Story = {
  name: 'Sending failed (server error), draft kept',
  tags: ['smoke-dark'],
  parameters: withScenario({ fault: 'server-error', path: '/applications' }),
  play: async ({ canvasElement }) => {
    await fillIn(canvasElement, 'bo@example.org');
    await userEvent.click(form(canvasElement).querySelector('button[type="submit"]')!);
    await waitFor(() => expect(form(canvasElement).querySelector('.notice.warning')).toBeTruthy(), { timeout: 5000 });
  },
};

export const ServerFieldErrors: Story = {
  name: 'Server answered 422 with field errors',
  parameters: withApplyProblem(422, 'validation', [{ field: 'email', code: 'invalid_format', message: 'Not an e-mail address' }]),
  play: async ({ canvasElement }) => {
    await fillIn(canvasElement, 'bo@example.org');
    await userEvent.click(form(canvasElement).querySelector('button[type="submit"]')!);
    await waitFor(() => expect(form(canvasElement).querySelector('.error-summary')).toBeTruthy(), { timeout: 5000 });
  },
};

export const SiteNotAllowed: Story = {
  name: 'This site may not send applications yet (403)',
  render: (args) => html`<ino-learning-track-signup api-base=${API_BASE} track-id=${args.trackId} lang=${ifDefined(args.lang)}>
    <a href="mailto:participatie@example.org">Schrijf je in per e-mail</a>
  </ino-learning-track-signup>`,
  parameters: withApplyProblem(403, 'forbidden-origin'),
  play: SendingFailed.play,
};

export const AlreadyApplied: Story = {
  name: 'Already applied (409)',
  parameters: withApplyProblem(409, 'duplicate-application'),
  play: SendingFailed.play,
};

export const Announced: Story = { name: 'Announced: not open yet', args: { trackId: track((t) => t.status === 'announced') } };
export const Closed: Story = { args: { trackId: track((t) => t.status === 'closed') } };
export const Running: Story = { args: { trackId: track((t) => t.status === 'running') } };
export const Completed: Story = { args: { trackId: track((t) => t.status === 'completed') } };
export const Cancelled: Story = { args: { trackId: track((t) => t.status === 'cancelled') } };
export const Loading: Story = { tags: ['smoke-dark'], parameters: withScenario({ latencyMs: 60_000 }) };
export const NotFound: Story = { args: { trackId: 'bestaat-niet' } };
export const LoadError: Story = { name: 'Track could not be loaded', tags: ['smoke-dark'], parameters: withScenario({ fault: 'server-error' }) };
