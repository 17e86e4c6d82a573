import { applicationRequestSchemaFor, UNSAFE_CHARACTER_MESSAGE, type ApplicationRequest, type FieldError, type LearningTrack } from '@ino/sdk';
import type { SignupMessages } from './learning-track-signup.messages.js';
import type { DraftValues } from './draft-store.js';

/** One field of the form, by its path in the application body (`email`, `answers.bring`). */
export interface FieldSpec {
  path: string;
  label: string;
  help?: string;
  required: boolean;
  maxLength: number;
  kind: 'text' | 'email' | 'textarea';
  /** The HTML autocomplete token, so browsers and password managers fill it in. */
  autocomplete?: string;
}

/** The consent checkbox's path: it maps to the body's consentVersion. */
export const CONSENT = 'consent';

/** The form's fields for a track: the person, then one per question of the track. */
export function fieldsOf(track: Pick<LearningTrack, 'questions'>, m: SignupMessages): FieldSpec[] {
  return [
    { path: 'givenName', label: m.givenName, required: true, maxLength: 80, kind: 'text', autocomplete: 'given-name' },
    { path: 'familyName', label: m.familyName, required: true, maxLength: 80, kind: 'text', autocomplete: 'family-name' },
    { path: 'email', label: m.email, required: true, maxLength: 254, kind: 'email', autocomplete: 'email' },
    { path: 'organisation', label: m.organisation, required: true, maxLength: 160, kind: 'text', autocomplete: 'organization' },
    { path: 'role', label: m.role, required: false, maxLength: 120, kind: 'text', autocomplete: 'organization-title' },
    ...track.questions.map((q): FieldSpec => ({
      path: `answers.${q.id}`,
      label: q.label,
      help: q.help ?? undefined,
      required: q.required,
      maxLength: q.maxLength,
      kind: 'textarea',
    })),
  ];
}

/** The body to send, built from what was typed. Empty optional fields are left out. */
export function bodyOf(track: LearningTrack, values: DraftValues, consent: boolean, lang: string): ApplicationRequest {
  const answers: Record<string, string> = {};
  for (const q of track.questions) {
    const answer = values[`answers.${q.id}`] ?? '';
    if (q.required || answer.trim()) answers[q.id] = answer;
  }
  return {
    givenName: values.givenName ?? '',
    familyName: values.familyName ?? '',
    email: values.email ?? '',
    organisation: values.organisation ?? '',
    role: values.role?.trim() ? values.role : undefined,
    answers,
    consentVersion: consent ? track.consent.version : '',
    lang,
  };
}

type ErrorCode = 'required' | 'too-long' | 'email' | 'consent' | 'unsafe-character' | 'invalid';

function message(code: ErrorCode, spec: FieldSpec | undefined, m: SignupMessages): string {
  const label = spec?.label.replace(/\s*\(.*\)$/, '') ?? '';
  switch (code) {
    case 'required':
      return m.required(label);
    case 'too-long':
      return m.tooLong(label, spec?.maxLength ?? 0);
    case 'email':
      return m.invalidEmail;
    case 'consent':
      return m.consentRequired;
    case 'unsafe-character':
      return m.unsafeCharacter(label);
    default:
      return m.invalid(label);
  }
}

/** `message` tells the SDK's refusal of control and invisible characters from other custom checks. */
function codeOf(path: string, zodCode: string, message?: string): ErrorCode {
  if (path === 'consentVersion') return 'consent';
  if (message === UNSAFE_CHARACTER_MESSAGE) return 'unsafe-character';
  if (zodCode === 'too_big' || zodCode === 'too-long') return 'too-long';
  if (zodCode === 'too_small' || zodCode === 'invalid_type' || zodCode === 'required') return 'required';
  if (path === 'email') return 'email';
  return 'invalid';
}

/** Field path → message, in the person's language. */
export type FieldErrors = Record<string, string>;

/** The track's schema, built once per loaded track: a field with an error is re-checked on every key. */
const schemas = new WeakMap<LearningTrack, ReturnType<typeof applicationRequestSchemaFor>>();
function schemaFor(track: LearningTrack) {
  let schema = schemas.get(track);
  if (!schema) schemas.set(track, (schema = applicationRequestSchemaFor(track)));
  return schema;
}

/**
 * Checks what was typed with the same schema the server uses. Returns the trimmed body to send, or
 * the errors by field (the consent's error under CONSENT).
 */
export function validateApplication(
  track: LearningTrack,
  specs: FieldSpec[],
  body: ApplicationRequest,
  m: SignupMessages,
): { body?: ApplicationRequest; errors: FieldErrors } {
  const result = schemaFor(track).safeParse(body);
  if (result.success) return { body: result.data as ApplicationRequest, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    const field = path === 'consentVersion' ? CONSENT : path;
    errors[field] ??= message(
      codeOf(path, issue.code, issue.message),
      specs.find((s) => s.path === path),
      m,
    );
  }
  return { errors };
}

/** The server's 422 field errors, mapped onto the form's fields with this form's words where it knows the case. */
export function serverFieldErrors(fieldErrors: FieldError[], specs: FieldSpec[], m: SignupMessages): FieldErrors {
  const errors: FieldErrors = {};
  for (const error of fieldErrors) {
    const field = error.field === 'consentVersion' ? CONSENT : error.field;
    const spec = specs.find((s) => s.path === error.field);
    const code = codeOf(error.field, error.code, error.message);
    errors[field] ??= code === 'invalid' && error.message ? error.message : message(code, spec, m);
  }
  return errors;
}
