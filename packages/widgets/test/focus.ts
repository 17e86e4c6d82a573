import { expect } from '@open-wc/testing';

/**
 * A short description of an element for assertion messages. (chai's own failure message for two
 * DOM elements walks both trees and can hang the test run; compare identity, describe in words.)
 */
export const where = (node: Element | null | undefined) =>
  node
    ? `<${node.localName}${node.id ? `#${node.id}` : ''}${node instanceof HTMLInputElement ? ` ${node.name}=${node.value}` : ''}> ${node.textContent!.trim().slice(0, 40)}`
    : 'nothing';

/** Asserts that focus, within a shadow root (or the document), is on exactly this element. */
export function expectFocused(root: ShadowRoot | Document, target: Element | null | undefined): void {
  const active = root.activeElement;
  expect(active === target, `focus is on ${where(active)}, expected ${where(target)}`).to.be.true;
}
