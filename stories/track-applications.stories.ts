import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse, delay } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import { API_BASE, langArgType, withMockApi, withScenario } from './mock.js';

interface Args {
  trackId: string;
  lang?: string;
  /** The organiser token, set as the `accessToken` property (never an attribute); the mock takes `demo-organiser`. */
  accessToken?: string;
  /** The widget's own sign-in: the OpenID Connect issuer and the public client registered there. */
  oidcIssuer?: string;
  oidcClientId?: string;
}

const LNP = 'lerend-netwerk-participatie-2027';
const APPLICATIONS = `*${API_BASE}/admin/learning-tracks/:id/applications`;
const DECISION = `*${API_BASE}/admin/applications/:id/decision`;

const problem = (kind: string, status: number) =>
  HttpResponse.json(
    { type: `https://innovatienetwerk.example/problems/${kind}`, title: kind, status },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );

/** msw parameters: the mock API, with `handlers` answering first. */
const withHandlers = (...handlers: ReturnType<typeof http.get>[]) => ({ msw: { handlers: [...handlers, ...withMockApi().msw.handlers] } });

const meta = {
  title: 'Widgets/Track applications (organisers)',
  component: 'ino-track-applications',
  args: { trackId: LNP, accessToken: 'demo-organiser' },
  argTypes: { lang: langArgType },
  render: (args) =>
    html`<ino-track-applications
      api-base=${API_BASE}
      track-id=${args.trackId}
      lang=${ifDefined(args.lang)}
      oidc-issuer=${ifDefined(args.oidcIssuer)}
      oidc-client-id=${ifDefined(args.oidcClientId)}
      .accessToken=${args.accessToken}
    ></ino-track-applications>`,
  parameters: {
    ...withMockApi(),
    docs: {
      description: {
        component:
          "The organiser's view of one learning track, for intranets: its seats, every application in a sortable, filterable, searchable and paged table, each one's answers on demand, the decisions its status allows, and the CSV export. The token is a property (`accessToken` or `getAccessToken`), never an attribute; the mock API takes `demo-organiser`.",
      },
    },
  },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

const root = (canvas: HTMLElement) => canvas.querySelector('ino-track-applications')!.shadowRoot!;
const ready = (canvas: HTMLElement) => waitFor(() => expect(root(canvas).querySelector('table')).toBeTruthy(), { timeout: 5000 });

export const Loaded: Story = { name: 'Loaded: the LNP 2027 applications', tags: ['smoke-dark'] };
export const French: Story = { args: { lang: 'fr' } };
export const English: Story = { args: { lang: 'en' } };
export const SignedOut: Story = { name: 'Signed out: no token', args: { accessToken: undefined } };
export const OwnSignIn: Story = {
  name: 'Its own sign-in: an issuer and a client, no token',
  args: { accessToken: undefined, oidcIssuer: 'https://login.example.org/', oidcClientId: 'ino-intranet' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(root(canvasElement).querySelector('[part="sign-in-button"]')?.textContent).toContain('Aanmelden'), { timeout: 5000 });
  },
};
export const TokenRefused: Story = { name: 'Token refused (401)', args: { accessToken: 'an-expired-token' } };
export const Loading: Story = { parameters: withHandlers(http.get(APPLICATIONS, () => delay('infinite'))) };
export const Empty: Story = {
  name: 'No applications yet',
  parameters: withHandlers(http.get(APPLICATIONS, () => HttpResponse.json({ items: [], nextCursor: null }))),
};
export const NotAllowed: Story = { name: 'Not allowed (403)', parameters: withHandlers(http.get(APPLICATIONS, () => problem('forbidden', 403))) };
export const NetworkError: Story = { name: 'Network error, with retry', parameters: withScenario({ fault: 'network-error' }) };
export const UnknownTrack: Story = { name: 'Unknown track (404)', args: { trackId: 'bestaat-niet' } };

export const Answers: Story = {
  name: 'Answers shown',
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await userEvent.click(root(canvasElement).querySelector('tbody button[aria-expanded]')!);
    await waitFor(() => expect(root(canvasElement).querySelector('.answers')).toBeTruthy());
  },
};

export const Deciding: Story = {
  name: 'Decision form open',
  play: async ({ canvasElement }) => {
    await ready(canvasElement);
    await userEvent.click(root(canvasElement).querySelector('tbody [id^="decide-"]')!);
    await waitFor(() => expect(root(canvasElement).querySelector('form.decision select')).toBeTruthy());
  },
};

export const DecisionInProgress: Story = {
  name: 'Decision in progress',
  parameters: withHandlers(http.post(DECISION, () => delay('infinite'))),
  play: async ({ canvasElement }) => {
    await Deciding.play!({ canvasElement } as never);
    await userEvent.click(root(canvasElement).querySelector('form.decision button[type="submit"]')!);
    await waitFor(() => expect(root(canvasElement).querySelector('form.decision[aria-busy="true"]')).toBeTruthy());
  },
};

export const TrackFull: Story = {
  name: 'Decision refused: the track is full (409)',
  parameters: withHandlers(http.post(DECISION, () => problem('seats-exhausted', 409))),
  play: async ({ canvasElement }) => {
    await Deciding.play!({ canvasElement } as never);
    await userEvent.click(root(canvasElement).querySelector('form.decision button[type="submit"]')!);
    await waitFor(() => expect(root(canvasElement).querySelector('form.decision [role="alert"]')).toBeTruthy());
  },
};

export const ChangedElsewhere: Story = {
  name: 'Decision refused: someone else changed it (412)',
  parameters: withHandlers(http.post(DECISION, () => problem('precondition-failed', 412))),
  play: TrackFull.play,
};
