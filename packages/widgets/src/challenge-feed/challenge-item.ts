import { html, nothing, type TemplateResult } from 'lit';
import { challengeStatusAt, type Challenge } from '@ino/sdk';
import { contentLang } from '../shared/content-lang.js';
import { formatDate, formatDateTime, formatMoney } from '../shared/format.js';
import { heading } from '../shared/heading.js';
import type { UiLang } from '../shared/locale.js';
import { labelOf, type SharedMessages } from '../shared/messages.js';
import { safeHref } from '../shared/safe-url.js';
import type { ChallengeFeedMessages } from './challenge-feed.messages.js';
import { deadlineOf } from './deadline.js';

export interface ItemContext {
  messages: ChallengeFeedMessages;
  shared: SharedMessages;
  lang: UiLang;
  now: Date;
  headingLevel: number;
  /** Called on a plain click of the title link; returns true when the host took over (no navigation). */
  select: (challenge: Challenge) => boolean;
}

function deadlineText(challenge: Challenge, { messages: m, lang, now }: ItemContext): TemplateResult {
  const deadline = deadlineOf(challenge, now);
  const closes = challenge.closesAt ? html`<time datetime=${challenge.closesAt}>${formatDateTime(challenge.closesAt, lang)}</time>` : undefined;
  switch (deadline.kind) {
    case 'open-ended':
      return html`${m.openEnded}`;
    case 'opens':
      return html`${m.opensOn(formatDate(deadline.opensAt, lang))}${closes ? html`; ${m.deadlineIntro.toLowerCase()}${closes}` : nothing}`;
    case 'closed':
      return closes ? html`${m.deadlineIntro}${closes} · <strong>${m.closed}</strong>` : html`<strong>${m.closed}</strong>`;
    case 'days': {
      const phrase = deadline.days === 0 ? m.today : deadline.days === 1 ? m.tomorrow : m.daysLeft(deadline.days);
      return html`${m.deadlineIntro}${closes} · <strong>${phrase}</strong>`;
    }
  }
}

/** One challenge: title (a link to apply, when there is one), owners, programme, status, deadline, budget, summary. */
export function challengeItem(challenge: Challenge, context: ItemContext): TemplateResult {
  const { messages: m, lang } = context;
  const href = safeHref(challenge.applyUrl);
  const textLang = contentLang(challenge.lang, lang);
  const onClick = (event: MouseEvent) => {
    // A click that opens a new tab or window stays the browser's; a plain click may be routed by the host.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (context.select(challenge)) event.preventDefault();
  };
  // The status the clock gives it: a stale answer (a cache, a page left open) never says "open" past the deadline.
  const status = challengeStatusAt(challenge, context.now);
  const title = href
    ? html`<a href=${href} @click=${onClick} lang=${textLang ?? nothing}>${challenge.title}</a>`
    : html`<span lang=${textLang ?? nothing}>${challenge.title}</span>`;
  const joint = challenge.owners.length > 1;
  const titleId = `challenge-${challenge.id}`;
  return html`<article class="challenge" part="item" aria-labelledby=${titleId}>
    ${heading(context.headingLevel, title, 'item-title', titleId)}
    <p class="owners">
      ${challenge.owners.map((o) => o.name).join(', ')}${
        challenge.programme ? html` · <span class="visually-hidden">${m.programme}${context.shared.colon}</span>${challenge.programme.label}` : nothing
      }
    </p>
    <ul class="badges" role="list">
      <li class="badge status status-${status}" part="badge status">${labelOf(m.statuses, status)}</li>
      ${joint ? html`<li class="badge joint" part="badge joint">${m.joint}</li>` : nothing}
      ${challenge.themes.map((t) => html`<li class="badge theme" part="badge">${t.label}</li>`)}
    </ul>
    <p class="deadline">${deadlineText(challenge, context)}</p>
    ${challenge.budget ? html`<p class="budget">${m.budget(formatMoney(challenge.budget.maxAmount, challenge.budget.currency, lang), challenge.budget.vatIncluded)}</p>` : nothing}
    <p class="summary" lang=${textLang ?? nothing}>${challenge.summary}</p>
  </article>`;
}
