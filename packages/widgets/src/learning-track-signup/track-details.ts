import { html, nothing, type TemplateResult } from 'lit';
import type { LearningTrack } from '@ino/sdk';
import { contactLine } from '../shared/contact.js';
import { formatDateTime, formatSession } from '../shared/format.js';
import type { UiLang } from '../shared/locale.js';
import { labelOf, type SharedMessages } from '../shared/messages.js';
import type { SignupMessages } from './learning-track-signup.messages.js';

/** What the seats mean for someone signing up now. */
function seatsText(track: LearningTrack, m: SignupMessages): string {
  if (track.seats == null) return m.noSeatLimit;
  // For a selection track the seats are the cohort's size; applications are not seats.
  if (track.admission === 'selection') return m.seatsTotal(track.seats);
  const left = track.seats - track.seatsTaken;
  if (left > 0) return m.seatsLeft(left);
  return track.waitlist ? m.fullWaitlist : m.full;
}

function windowText(track: LearningTrack, m: SignupMessages, lang: UiLang): string | undefined {
  const from = track.applicationOpensAt && formatDateTime(track.applicationOpensAt, lang);
  const to = track.applicationClosesAt && formatDateTime(track.applicationClosesAt, lang);
  if (from && to) return m.windowFromTo(from, to);
  if (to) return m.windowUntil(to);
  if (from) return m.windowFrom(from);
  return undefined;
}

/**
 * The facts a person needs to decide: who, for whom, how, when, where, how many places, how admission
 * works, and whom to ask, unless `withContact` is false because the state below the facts names the contact.
 */
export function trackDetails(
  track: LearningTrack,
  m: SignupMessages,
  shared: SharedMessages,
  lang: UiLang,
  textLang?: string,
  withContact = true,
): TemplateResult {
  const window = windowText(track, m, lang);
  return html`<dl class="facts" part="facts">
    <dt>${m.organisers}</dt><dd>${track.organisers.map((o) => o.name).join(', ')}</dd>
    ${track.audience ? html`<dt>${m.audience}</dt><dd lang=${textLang ?? nothing}>${track.audience}</dd>` : nothing}
    <dt>${m.format}</dt><dd>${labelOf(m.formats, track.format)}</dd>
    ${
      track.sessions.length
        ? html`<dt>${m.sessions}</dt>
          <dd><ul class="sessions">${track.sessions.map((s) => html`<li><time datetime=${s.startsAt}>${formatSession(s.startsAt, s.endsAt, lang)}</time>, ${s.location ?? m.online}</li>`)}</ul></dd>`
        : nothing
    }
    <dt>${m.seats}</dt><dd class="seats">${seatsText(track, m)}</dd>
    <dt>${m.admission}</dt><dd>${m.admissions[track.admission] ?? track.admission}</dd>
    ${window ? html`<dt>${m.window}</dt><dd>${window}</dd>` : nothing}
    ${track.contact && withContact ? html`<dt>${m.contact}</dt><dd>${contactLine(track.contact, shared)}</dd>` : nothing}
  </dl>`;
}
