// The Flemish participation ladder (DOMAIN.md §2.2), normalised like the rest of the dataset: one
// record per rung with its text per language. The text has one source, the widgets' built-in
// content, so that what the API serves and what the picker shows offline cannot drift apart.
import { builtInLadders } from '@ino/widgets/ladder-content';
import type { Lang, LadderRungRecord, LadderRungText } from './records.js';

export const ladderVersion = builtInLadders.nl.version;

function textIn(lang: Lang, key: string): LadderRungText {
  const { level: _level, key: _key, variants, ...text } = builtInLadders[lang].rungs.find((rung) => rung.key === key)!;
  return variants ? { ...text, variants } : text;
}

export const ladderRungs: LadderRungRecord[] = builtInLadders.nl.rungs.map(({ level, key }) => ({
  level: level as LadderRungRecord['level'],
  key,
  text: { nl: textIn('nl', key), fr: textIn('fr', key), en: textIn('en', key) },
}));
