import { html, nothing, type TemplateResult } from 'lit';
import type { Contact } from '@ino/sdk';
import type { SharedMessages } from './messages.js';
import { safeHref } from './safe-url.js';

/** A contact's e-mail and phone as hrefs (a phone number keeps only its digits and +). */
export function contactHrefs(contact: Contact): { email?: string; phone?: string } {
  return {
    email: contact.email ? safeHref(`mailto:${contact.email}`) : undefined,
    phone: contact.phone ? safeHref(`tel:${contact.phone.replace(/[^\d+]/g, '')}`) : undefined,
  };
}

/** A contact on one line: "name, role · e-mail · Telefoon number", the e-mail and number as links. */
export function contactLine(contact: Contact | null | undefined, shared: SharedMessages): TemplateResult | typeof nothing {
  if (!contact) return nothing;
  const { email, phone } = contactHrefs(contact);
  return html`${contact.name}${contact.role ? html`, ${contact.role}` : nothing}
    ${email ? html` · <a href=${email}>${contact.email}</a>` : nothing}
    ${phone ? html` · ${shared.phone} <a href=${phone}>${contact.phone}</a>` : nothing}`;
}
