import { html, nothing, type TemplateResult } from 'lit';
import type { FieldSpec } from './fields.js';
import type { SignupMessages } from './learning-track-signup.messages.js';

/** The id of a field's control; errors in the summary link to it. */
export const fieldId = (path: string) => `field-${path.replace(/\./g, '-')}`;

export interface FieldView {
  spec: FieldSpec;
  value: string;
  error?: string;
  messages: SignupMessages;
  onInput: (path: string, value: string) => void;
  onBlur: (path: string) => void;
}

/** How many characters a textarea has, and how many are left (or too many). */
function counter(spec: FieldSpec, value: string, m: SignupMessages, id: string): TemplateResult {
  const used = value.length;
  const left = spec.maxLength - used;
  return html`<p class="count ${left < 0 ? 'over' : ''}" id="${id}-count">
    ${m.count(used, spec.maxLength)}${left < 0 ? html` · <strong>${m.countOver(-left)}</strong>` : nothing}
  </p>`;
}

/** A field's error message, which its control names in aria-describedby; "Fout: " is for screen readers. */
export function fieldError(id: string, error: string, m: SignupMessages): TemplateResult {
  return html`<p class="error" id=${id}><span class="visually-hidden">${m.errorPrefix}</span>${error}</p>`;
}

/** A labelled input or textarea with its help, error and (for textareas) character count. */
export function formField({ spec, value, error, messages: m, onInput, onBlur }: FieldView): TemplateResult {
  const id = fieldId(spec.path);
  const describedBy = [spec.help && `${id}-help`, error && `${id}-error`, spec.kind === 'textarea' && `${id}-count`].filter(Boolean).join(' ');
  const input = (event: Event) => onInput(spec.path, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const blur = () => onBlur(spec.path);
  const invalid = error ? 'true' : 'false';
  return html`<div class="field ${error ? 'has-error' : ''}">
    <label for=${id}>${spec.label}${spec.required ? html`<span aria-hidden="true"> *</span>` : nothing}</label>
    ${spec.help ? html`<p class="help" id="${id}-help">${spec.help}</p>` : nothing}
    ${error ? fieldError(`${id}-error`, error, m) : nothing}
    ${
      spec.kind === 'textarea'
        ? html`<textarea id=${id} name=${spec.path} rows="5" .value=${value} ?required=${spec.required}
            aria-invalid=${invalid} aria-describedby=${describedBy || nothing} @input=${input} @blur=${blur}></textarea>
          ${counter(spec, value, m, id)}`
        : html`<input id=${id} name=${spec.path} type=${spec.kind === 'email' ? 'email' : 'text'} .value=${value}
            autocomplete=${spec.autocomplete ?? nothing} ?required=${spec.required} spellcheck=${spec.kind === 'email' ? 'false' : nothing}
            aria-invalid=${invalid} aria-describedby=${describedBy || nothing} @input=${input} @blur=${blur} />`
    }
  </div>`;
}
