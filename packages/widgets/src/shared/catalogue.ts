import type { UiLang } from './locale.js';

type OtherLang = Exclude<UiLang, 'nl'>;

/**
 * A widget's texts. Dutch is built in, because most pages that embed the widgets are Dutch; French
 * and English are separate chunks, fetched the first time a widget on the page speaks them, so a
 * Dutch page does not download two other languages. The widget holds its render until they are
 * here (InoElement.scheduleUpdate), so nobody sees or hears Dutch first.
 */
export class Catalogue<T> {
  readonly #texts = new Map<UiLang, T>();
  readonly #loading = new Map<UiLang, Promise<void>>();
  readonly #loaders: Record<OtherLang, () => Promise<T>>;

  constructor(nl: T, loaders: Record<OtherLang, () => Promise<T>>) {
    this.#texts.set('nl', nl);
    this.#loaders = loaders;
  }

  /** Whether the texts in `lang` are here (else `in(lang)` gives Dutch). */
  has(lang: UiLang): boolean {
    return this.#texts.has(lang);
  }

  /** The texts in `lang` once they are here; Dutch until then, and when they could not be fetched. */
  in(lang: UiLang): T {
    return this.#texts.get(lang) ?? this.#texts.get('nl')!;
  }

  /**
   * Fetches `lang` if it is not here yet; undefined when it is. Never rejects: a failed fetch leaves
   * Dutch in place (a widget in the wrong language beats a blank one), and the next call tries again.
   */
  load(lang: UiLang): Promise<void> | undefined {
    if (lang === 'nl' || this.#texts.has(lang)) return undefined;
    let loading = this.#loading.get(lang);
    if (!loading) {
      loading = this.#loaders
        [lang]()
        .then(
          (texts) => void this.#texts.set(lang, texts),
          (error: unknown) => console.warn(`INO widgets: could not load the ${lang} texts; showing Dutch.`, error),
        )
        .finally(() => this.#loading.delete(lang));
      this.#loading.set(lang, loading);
    }
    return loading;
  }
}
