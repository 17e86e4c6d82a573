import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { http } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import { createMockApi } from '@ino/mock-api';
import { API_BASE, langArgType, withScenario } from './mock.js';

interface Args {
  /** The manage token the mail's link carries; none: the page was opened without one. */
  token?: string;
  contactEmail?: string;
  lang?: string;
}

const meta = {
  title: 'Widgets/Application status',
  component: 'ino-application-status',
  args: { token: 'demo-received' },
  argTypes: { lang: langArgType, token: { control: 'text' } },
  render: (args) => {
    // As the link in the applicant's mail opens the page: the token in the fragment, which the widget removes.
    if (args.token) history.replaceState(history.state, '', `#token=${args.token}`);
    else sessionStorage.removeItem('ino-widgets:manage-token');
    // A new element for each token: the widget reads the fragment when it connects, so a token changed in
    // the controls opens its application as a new link would.
    return html`${keyed(
      args.token,
      html`<ino-application-status api-base=${API_BASE} contact-email=${ifDefined(args.contactEmail)} lang=${ifDefined(args.lang)}></ino-application-status>`,
    )}`;
  },
  parameters: {
    docs: {
      description: {
        component:
          "One's own application, on the page the manage link in the mails opens (`#token=…`): its status in plain words, cancel (after a confirmation) and accept an offered place. The stories use the mock API's demo tokens (docs/mock-api.md); each starts afresh on a reload.",
      },
    },
  },
  beforeEach: () => {
    // Every story starts from its own link, not from the token an earlier story left for this tab.
    sessionStorage.removeItem('ino-widgets:manage-token');
  },
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

const root = (canvas: HTMLElement) => canvas.querySelector('ino-application-status')!.shadowRoot!;
const shown = (canvas: HTMLElement) => waitFor(() => expect(root(canvas).querySelector('.status')).toBeTruthy(), { timeout: 5000 });

/** Stories tagged 'smoke-dark' are also checked in the dark theme (the Theme toolbar, .storybook/preview.ts). */
export const Received: Story = { name: 'Received: under review', tags: ['smoke-dark'] };
export const Confirmed: Story = { args: { token: 'demo-confirmed' } };
export const Waitlisted: Story = { name: 'Waitlisted, with position', args: { token: 'demo-waitlisted' } };
export const Offered: Story = { name: 'Offered: accept until a deadline', tags: ['smoke-dark'], args: { token: 'demo-offered' } };
export const Declined: Story = { name: 'Declined: not selected', args: { token: 'demo-declined' } };
export const Cancelled: Story = { args: { token: 'demo-cancelled' } };

export const ConfirmCancel: Story = {
  name: 'Cancel: the confirmation',
  tags: ['smoke-dark'],
  args: { token: 'demo-confirmed' },
  play: async ({ canvasElement }) => {
    await shown(canvasElement);
    await userEvent.click(root(canvasElement).querySelector('[part="cancel-button"]')!);
    await waitFor(() => expect(root(canvasElement).querySelector('dialog')?.open).toBe(true));
  },
};

export const Accepted: Story = {
  name: 'Offer accepted',
  args: { token: 'demo-offered' },
  play: async ({ canvasElement }) => {
    await shown(canvasElement);
    await userEvent.click(root(canvasElement).querySelector('[part="accept-button"]')!);
    await waitFor(() => expect(root(canvasElement).querySelector('[part="notice"]')?.textContent).toContain('Je hebt de plaats aangenomen'), { timeout: 5000 });
  },
};

/** The mock's clock jumps past the offer's deadline when the accept is sent: the mock answers 410 offer-expired. */
function withOfferExpiringOnAccept() {
  let ahead = 0;
  const api = createMockApi({ baseUrl: API_BASE, clock: () => new Date(Date.now() + ahead) });
  const expire = http.post(`*${API_BASE}/me/application/accept`, () => {
    ahead = 7 * 86_400_000;
    // Nothing answered here: the mock's own handler answers, with its clock moved on.
    return undefined;
  });
  return { msw: { handlers: [expire, ...api.handlers] } };
}

export const OfferExpired: Story = {
  name: 'Accept too late: the offer expired (410)',
  args: { token: 'demo-offered' },
  parameters: withOfferExpiringOnAccept(),
  play: async ({ canvasElement }) => {
    await shown(canvasElement);
    await userEvent.click(root(canvasElement).querySelector('[part="accept-button"]')!);
    await waitFor(() => expect(root(canvasElement).querySelector('[part="notice"]')?.textContent).toContain('Het aanbod is verlopen'), { timeout: 5000 });
  },
};

export const NoLink: Story = { name: 'Opened without a link', args: { token: undefined } };
export const InvalidLink: Story = {
  name: 'Link no longer valid (401), with contact-email',
  tags: ['smoke-dark'],
  args: { token: 'een-link-die-niet-meer-geldt', contactEmail: 'leertrajecten@example.org' },
};
export const Loading: Story = { tags: ['smoke-dark'], parameters: withScenario({ latencyMs: 60_000, path: '/applications' }) };
export const NetworkFailure: Story = { name: 'No connection (retry)', parameters: withScenario({ fault: 'network-error', path: '/applications' }) };

export const French: Story = { args: { token: 'demo-offered', lang: 'fr' } };
export const English: Story = { args: { token: 'demo-waitlisted', lang: 'en' } };
export const FrenchInvalidLink: Story = { name: 'French: link no longer valid', args: { token: 'een-link-die-niet-meer-geldt', lang: 'fr' } };
