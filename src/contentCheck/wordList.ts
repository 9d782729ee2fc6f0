import { en } from '../i18n/translations.ts'

/**
 * Wording that discourages applicants, flagged by the content check. Sources: the masculine- and
 * feminine-coded words of Gaucher, Friesen & Kay, "Evidence That Gendered Wording in Job Advertisements
 * Exists and Sustains Gender Inequality" (JPSP, 2011); exclusionary phrases from common inclusive-hiring
 * guidance (age, nativeness, ability, jargon). Matching is by word start, so "competitive" also flags
 * "competitiveness". Edit freely: the list is data, the check reads it as it is. The suggestions are the
 * translation table's (one per category), so the admin says them in German too.
 */
export type WordingCategory = 'exclusionary' | 'feminine-coded' | 'masculine-coded'

export const wordList: { category: WordingCategory; suggestion: string; terms: string[] }[] = [
  {
    category: 'masculine-coded',
    suggestion: en.wordingSuggestionMasculineCoded,
    terms: [
      'aggressive', 'ambitious', 'assertive', 'battle', 'challenging', 'competitive', 'confident', 'decisive',
      'determined', 'dominant', 'dominate', 'driven', 'fearless', 'headstrong', 'hierarchical', 'independent',
      'ninja', 'outspoken', 'rockstar', 'rock star', 'self-reliant', 'superior', 'unstoppable',
    ],
  },
  {
    category: 'feminine-coded',
    suggestion: en.wordingSuggestionFeminineCoded,
    terms: ['affectionate', 'cheerful', 'compassionate', 'gentle', 'nurturing', 'sensitive', 'sympathetic', 'warm-hearted'],
  },
  {
    category: 'exclusionary',
    suggestion: en.wordingSuggestionExclusionary,
    terms: [
      'young', 'youthful', 'digital native', 'recent graduate', 'native english', 'native speaker',
      'culture fit', 'able-bodied', 'must be able to stand', 'clean-shaven', 'work hard play hard',
    ],
  },
]
