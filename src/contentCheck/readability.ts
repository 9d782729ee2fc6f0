import { syllable } from 'syllable'

/** Flesch-Kincaid grade level: the US school grade needed to follow the text; 8 to 10 suits most ads. */
export const fleschKincaidGrade = (text: string): null | number => {
  const sentences = text.split(/[.!?]+(?:\s|$)|\n+/).filter((s) => /[a-z]/i.test(s))
  const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []
  if (sentences.length === 0 || words.length === 0) return null
  const syllables = words.reduce((sum, word) => sum + syllable(word), 0)
  const grade = 0.39 * (words.length / sentences.length) + 11.8 * (syllables / words.length) - 15.59
  return Math.round(grade * 10) / 10
}
