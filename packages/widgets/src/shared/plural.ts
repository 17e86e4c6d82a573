const rules = new Map<string, Intl.PluralRules>();

/** The plural category of `n` in `lang` ('one', 'other', …), for messages that count. */
export function plural(lang: string, n: number): Intl.LDMLPluralRule {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  return rule.select(n);
}
