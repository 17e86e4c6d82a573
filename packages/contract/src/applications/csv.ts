// A track's applications as a CSV file (CONTRACT.md §4.2): RFC 4180 (CRLF line ends, every field that
// holds a comma, a quote, CR or LF in quotes, quotes doubled), UTF-8 with a BOM so that a spreadsheet
// reads the accents right, a header row, and one column per question of the track. Pure, so the server
// and the mock answer the same file.
//
// A spreadsheet runs a cell that starts with =, +, - or @ (and tab or CR, which some strip first) as a
// formula: an applicant could put `=HYPERLINK(…)` in an answer. Such a cell gets a leading `'`, which
// the spreadsheet shows as text. A negative number would be changed too; no column here holds one.
import type { OrganiserApplication } from '@ino/sdk';
import { brusselsDay } from '../schedule/brussels.js';

/** The columns before the questions', in this order. */
export const CSV_FIXED_COLUMNS = [
  'id',
  'status',
  'waitlistPosition',
  'givenName',
  'familyName',
  'email',
  'organisation',
  'role',
  'lang',
  'receivedAt',
  'updatedAt',
] as const satisfies readonly (keyof OrganiserApplication)[];

export interface CsvQuestion {
  id: string;
  label: string;
}

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: prefixed when a spreadsheet would run it, quoted when RFC 4180 asks. */
export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The file: a header row, then one row per application in the given order. A question's column is
 * headed `label (id)`: the label to read, the id that stays the same when the label is reworded.
 * An erased application keeps its row, with the personal cells empty.
 */
export function applicationsCsv(questions: readonly CsvQuestion[], applications: readonly OrganiserApplication[]): string {
  const header = [...CSV_FIXED_COLUMNS, ...questions.map((q) => `${q.label} (${q.id})`)];
  const rows = applications.map((application) => [
    ...CSV_FIXED_COLUMNS.map((column) => application[column]),
    ...questions.map((q) => application.answers?.[q.id]),
  ]);
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}

/** Whether a request's Accept asks for the CSV rather than JSON (§4.2). */
export const acceptsCsv = (accept: string | null | undefined): boolean => /(^|,)\s*text\/csv\s*(;|,|$)/i.test(accept ?? '');

/** `<track id>-<YYYY-MM-DD in Brussels>.csv`: the day the organiser exported it, as they know it. */
export function applicationsCsvFileName(trackId: string, now: Date): string {
  return `${trackId}-${brusselsDay(now)}.csv`;
}
