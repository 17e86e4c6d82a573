import { html, nothing, type TemplateResult } from 'lit';
import type { Contact } from '@ino/sdk';
import type { SharedMessages } from './messages.js';
import { safeHref } from './safe-url.js';

/** A contact's e-mail and phone as hrefs (a phone number keeps only its digits and +). */
function contactHrefs(contact: Contact): { email?: string; phone?: string } {
  return {
    email: contact.email ? safeHref(`mailto:${contact.email}`) : undefined,
    phone: contact.phone ? safeHref(`tel:${contact.phone.replace(/[^\d+]/g, '')}`) : undefined,
  };
}

/** A contact's e-mail and phone, each labelled the same way ("E-mail: …", "Telefoon: …") and a link. */
export function contactLinks(contact: Contact, shared: SharedMessages): TemplateResult[] {
  const { email, phone } = contactHrefs(contact);
  return [
    ...(email ? [html`${shared.email}${shared.colon}<a href=${email}>${contact.email}</a>`] : []),
    ...(phone ? [html`${shared.phone}${shared.colon}<a href=${phone}>${contact.phone}</a>`] : []),
  ];
}

/** A contact on one line: "name, role · E-mail: address · Telefoon: number", the address and number as links. */
export function contactLine(contact: Contact | null | undefined, shared: SharedMessages): TemplateResult | typeof nothing {
  if (!contact) return nothing;
  return html`${contact.name}${contact.role ? html`, ${contact.role}` : nothing}${contactLinks(contact, shared).map((link) => html` · ${link}`)}`;
}
