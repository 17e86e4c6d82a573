import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LANGS, type KnownLang } from '@ino/sdk';

/** A language the widgets speak: the contract's known languages. */
export type UiLang = KnownLang;

/** `nl-BE` → `nl`; anything unsupported → undefined. */
function supportedLang(value: string | null | undefined): UiLang | undefined {
  const primary = value?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGS.find((lang) => lang === primary);
}

/** The nearest `lang` attribute above an element, crossing shadow roots; then `<html lang>`. */
function inheritedLang(element: Element): string | undefined {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? undefined;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return document.documentElement.getAttribute('lang') ?? undefined;
}

/**
 * The language a widget speaks (ARCHITECTURE.md §2): its own `lang` → the provider's → the nearest
 * `[lang]` ancestor and `<html lang>` → Dutch. The first one that names a supported language wins.
 */
export function resolveLang(own: string | undefined, provider: string | undefined, element: Element): UiLang {
  return supportedLang(own) ?? supportedLang(provider) ?? supportedLang(inheritedLang(element)) ?? 'nl';
}

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

/** Re-renders its host when `<html lang>` changes; one observer serves every widget on the page. */
export class DocumentLangController implements ReactiveController {
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.#host);
    observer ??= new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
    if (hosts.size === 1) observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  hostDisconnected(): void {
    hosts.delete(this.#host);
    if (hosts.size === 0) observer?.disconnect();
  }
}
