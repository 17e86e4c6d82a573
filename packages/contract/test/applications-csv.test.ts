// The applications CSV (CONTRACT.md §4.2): RFC 4180 as a spreadsheet reads it, and no cell it would run.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { OrganiserApplication } from '@ino/sdk';
import { applicationsCsv, applicationsCsvFileName, csvCell } from '../src/applications/csv.js';

const application: OrganiserApplication = {
  id: 'app-1',
  trackId: 'proef-traject',
  status: 'waitlisted',
  waitlistPosition: 2,
  givenName: 'Zoë',
  familyName: 'De Smet, "Jr."',
  email: 'zoe@example.org',
  organisation: 'Stad Gent',
  answers: { bring: 'Twee regels\r\nvan tekst', expect: '=HYPERLINK("https://evil.example")' },
  lang: 'nl',
  receivedAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-02T10:00:00.000Z',
  history: [],
};
const questions = [
  { id: 'bring', label: 'Wat breng je mee?' },
  { id: 'expect', label: 'Wat verwacht je, zoal?' },
];

describe('applicationsCsv', () => {
  const csv = applicationsCsv(questions, [application]);

  test('starts with a BOM and ends every line with CRLF', () => {
    assert.ok(csv.startsWith('\uFEFFid,'));
    const oneLine = applicationsCsv(questions, [{ ...application, answers: { bring: 'Kort', expect: 'Kort' } }]);
    assert.ok(oneLine.endsWith('\r\n'));
    assert.equal(oneLine.split('\r\n').length, 3, 'header, one row, and the empty rest after the last CRLF');
    assert.ok(!oneLine.replaceAll('\r\n', '').includes('\n'), 'no bare LF');
  });

  test('a header row with the fixed columns, then `label (id)` per question, quoted where a comma is', () => {
    const header = csv.slice(1, csv.indexOf('\r\n'));
    assert.equal(
      header,
      'id,status,waitlistPosition,givenName,familyName,email,organisation,role,lang,receivedAt,updatedAt,Wat breng je mee? (bring),"Wat verwacht je, zoal? (expect)"',
    );
  });

  test('quotes doubled, fields with a comma, quote or line break quoted, an absent role empty', () => {
    const row = csv.slice(csv.indexOf('\r\n') + 2);
    assert.equal(
      row,
      'app-1,waitlisted,2,Zoë,"De Smet, ""Jr.""",zoe@example.org,Stad Gent,,nl,2026-12-01T10:00:00.000Z,2026-12-02T10:00:00.000Z,' +
        '"Twee regels\r\nvan tekst","\'=HYPERLINK(""https://evil.example"")"\r\n',
    );
  });

  test('an erased application keeps its row with the personal cells empty', () => {
    const { givenName: _g, familyName: _f, email: _e, organisation: _o, answers: _a, ...erased } = application;
    const row = applicationsCsv(questions, [{ ...erased, erasedAt: '2026-12-03T00:00:00.000Z' }]).split('\r\n')[1];
    assert.equal(row, 'app-1,waitlisted,2,,,,,,nl,2026-12-01T10:00:00.000Z,2026-12-02T10:00:00.000Z,,');
  });
});

describe('csvCell', () => {
  test('a cell a spreadsheet would run as a formula gets a leading apostrophe', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) assert.ok(csvCell(`${start}1+1`).replace(/^"/, '').startsWith(`'${start}`), JSON.stringify(start));
  });
  test('plain text and numbers stay as they are; nothing is an empty cell', () => {
    assert.equal(csvCell('Gent'), 'Gent');
    assert.equal(csvCell(3), '3');
    assert.equal(csvCell(undefined), '');
    assert.equal(csvCell('a=b'), 'a=b', 'only a cell that starts with one is a formula');
  });
});

describe('applicationsCsvFileName', () => {
  test('the track id and the day in Brussels, which is already tomorrow at 23:30 UTC in winter', () => {
    assert.equal(applicationsCsvFileName('proef-traject', new Date('2026-12-31T23:30:00Z')), 'proef-traject-2027-01-01.csv');
    assert.equal(applicationsCsvFileName('proef-traject', new Date('2026-12-31T12:00:00Z')), 'proef-traject-2026-12-31.csv');
  });
});
