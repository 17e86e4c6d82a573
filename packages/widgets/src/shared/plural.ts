/** The plural category of `n` in `lang` ('one', 'other', …), for messages that count. */
export const plural = (lang: string, n: number) => new Intl.PluralRules(lang).select(n);
