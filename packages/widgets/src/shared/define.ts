import { VERSION } from './version.js';

/** What a registered INO element class tells other copies of the library about itself. */
interface VersionedElement extends CustomElementConstructor {
  inoVersion?: string;
}

/** Shared by every copy of the library on a page, so each version conflict is reported once. */
const warned: Set<string> = ((globalThis as Record<symbol, Set<string>>)[Symbol.for('ino-widgets.define.warned')] ??= new Set());

/**
 * Registers a tag once. A page that loads the library twice (two bundles, a CMS that injects the
 * script again) must keep working: the same version registered again is silent, another version
 * warns once and keeps the first registration. Nothing throws.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    (element as VersionedElement).inoVersion = VERSION;
    customElements.define(tag, element);
    return;
  }
  if (existing === element || existing.inoVersion === VERSION) return;
  const key = `${tag} ${existing.inoVersion ?? 'unknown'} ${VERSION}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(
    `<${tag}> is already registered by INO widgets ${existing.inoVersion ?? '(unknown version)'}; version ${VERSION} loaded on the same page is not used.`,
  );
}
