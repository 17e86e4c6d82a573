import { expect } from '@open-wc/testing';
import type { OrganiserApplication } from '@ino/sdk';
import { allowedDecisions, canMoveOthers } from '../src/track-applications/decisions.js';
import { csvFileName, slug } from '../src/track-applications/csv-file-name.js';
import { seatCounts, seatsOutside } from '../src/track-applications/seat-counts.js';
import { DEFAULT_VIEW, queryMatcher, searchable, shownPage } from '../src/track-applications/table-view.js';

let n = 0;
function application(status: string, receivedAt: string, extra: Partial<OrganiserApplication> = {}): OrganiserApplication {
  n++;
  return {
    id: `app-${String(n).padStart(3, '0')}`,
    trackId: 't',
    status,
    givenName: `Voornaam${n}`,
    familyName: 'Test',
    email: `p${n}@example.org`,
    organisation: 'Stad Gent',
    answers: {},
    lang: 'nl',
    receivedAt,
    updatedAt: receivedAt,
    history: [],
    ...extra,
  } as OrganiserApplication;
}

describe('track applications: the table view', () => {
  const older = application('confirmed', '2026-11-20T10:00:00Z', { givenName: 'Hélène', familyName: 'Dubois', organisation: 'Ville de Liège' });
  const newer = application('received', '2026-11-21T10:00:00Z', { givenName: 'Jan', familyName: 'Peeters', organisation: 'Stad Antwerpen' });
  const second = application('waitlisted', '2026-11-19T10:00:00Z', { waitlistPosition: 2 });
  const first = application('waitlisted', '2026-11-22T10:00:00Z', { waitlistPosition: 1 });
  const all = [older, newer, second, first];

  it('sorts by received time, oldest first, and reverses', () => {
    expect(shownPage(all, DEFAULT_VIEW).rows.map((a) => a.id)).to.deep.equal([second, older, newer, first].map((a) => a.id));
    expect(shownPage(all, { ...DEFAULT_VIEW, direction: 'descending' }).rows.map((a) => a.id)).to.deep.equal([first, newer, older, second].map((a) => a.id));
  });

  it('sorts by status: to review first, the waitlist in its own order, settled last', () => {
    const rows = shownPage(all, { ...DEFAULT_VIEW, sort: 'status' }).rows;
    expect(rows.map((a) => a.id)).to.deep.equal([newer, first, second, older].map((a) => a.id));
  });

  it('filters by status', () => {
    const shown = shownPage(all, { ...DEFAULT_VIEW, status: 'waitlisted' });
    expect(shown.matching).to.equal(2);
    expect(shown.rows.every((a) => a.status === 'waitlisted')).to.be.true;
  });

  it('searches name and organisation, case- and accent-insensitively, every word', () => {
    expect(searchable('Hélène LIÈGE')).to.equal('helene liege');
    expect(queryMatcher('helene')(older)).to.be.true;
    expect(queryMatcher('LIEGE dubois')(older)).to.be.true;
    expect(queryMatcher('helene antwerpen')(older)).to.be.false;
    expect(shownPage(all, { ...DEFAULT_VIEW, query: 'antwerpen' }).rows.map((a) => a.id)).to.deep.equal([newer.id]);
  });

  it('never matches erased personal data, and an empty query matches all', () => {
    const erased = application('cancelled', '2026-11-20T10:00:00Z', { givenName: undefined, familyName: undefined, organisation: undefined });
    expect(queryMatcher('gent')(erased)).to.be.false;
    expect(queryMatcher('  ')(erased)).to.be.true;
  });

  it('pages by 25, and a page past the end shows the last', () => {
    const many = Array.from({ length: 60 }, (_, i) => application('received', new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString()));
    const one = shownPage(many, DEFAULT_VIEW);
    expect([one.rows.length, one.page, one.pages, one.matching]).to.deep.equal([25, 1, 3, 60]);
    const last = shownPage(many, { ...DEFAULT_VIEW, page: 9 });
    expect([last.rows.length, last.page]).to.deep.equal([10, 3]);
    expect(last.rows.at(-1)!.id).to.equal(many.at(-1)!.id);
    expect(shownPage([], DEFAULT_VIEW)).to.deep.include({ page: 1, pages: 1, matching: 0 });
  });
});

describe('track applications: decisions and counts', () => {
  it('offers the decisions each status allows (CONTRACT.md §4.2)', () => {
    expect(allowedDecisions('received')).to.have.members(['select', 'decline', 'waitlist', 'cancel']);
    expect(allowedDecisions('waitlisted')).to.have.members(['select', 'decline', 'cancel']);
    expect(allowedDecisions('offered')).to.have.members(['select', 'cancel']);
    expect(allowedDecisions('confirmed')).to.deep.equal(['cancel']);
    for (const settled of ['declined', 'cancelled', 'some-future-status']) expect(allowedDecisions(settled)).to.deep.equal([]);
  });

  it('knows which decisions can move other applications', () => {
    expect(canMoveOthers('received')).to.be.false;
    for (const status of ['confirmed', 'offered', 'waitlisted']) expect(canMoveOthers(status), status).to.be.true;
  });

  it('counts seats taken (confirmed and offered), offered, waitlisted, to review and all', () => {
    const statuses = ['confirmed', 'confirmed', 'offered', 'waitlisted', 'received', 'received', 'declined', 'cancelled'];
    const counts = seatCounts(
      { seats: 3 },
      statuses.map((status) => ({ status })),
    );
    expect(counts).to.deep.equal({ seats: 3, taken: 3, offered: 1, waitlisted: 1, toReview: 2, total: 8 });
    expect(seatCounts({ seats: null } as never, []).seats).to.equal(undefined);
  });

  it('adds the seats the track counts that no application holds (taken before the service ran)', () => {
    const applications = [{ status: 'confirmed' }, { status: 'offered' }, { status: 'received' }];
    const outside = seatsOutside({ seatsTaken: 14 }, applications);
    expect(outside).to.equal(12);
    expect(seatCounts({ seats: 30 }, applications, outside).taken).to.equal(14);
    // A decision changes the applications; what was taken outside them stays.
    expect(seatCounts({ seats: 30 }, [...applications, { status: 'confirmed' }], outside).taken).to.equal(15);
    expect(seatsOutside({ seatsTaken: 1 }, applications), 'never below zero').to.equal(0);
  });
});

describe('track applications: the CSV file name', () => {
  it("takes the server's name when it gives one", () => {
    expect(csvFileName(' lnp-2027.csv ', 'Anything', new Date())).to.equal('lnp-2027.csv');
  });

  it('else makes one of the title and the day in Brussels', () => {
    // 23:30 UTC on 31 December is already 1 January in Brussels.
    const now = new Date('2026-12-31T23:30:00Z');
    expect(csvFileName(undefined, 'Lerend Netwerk Participatie 2027', now)).to.equal('lerend-netwerk-participatie-2027-2027-01-01.csv');
    expect(csvFileName('', 'Réseau « Participation » — Liège', now)).to.equal('reseau-participation-liege-2027-01-01.csv');
    expect(slug('!!!')).to.equal('aanvragen');
  });
});
