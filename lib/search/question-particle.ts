import { isStopWord } from './stop-words';
import { isListedAsItself } from './vocabulary-expansion';

/** A word of three letters or more with a Kazakh question particle after it (ма/ме, ба/бе, па/пе), folded. */
const PARTICLE_AFTER_WORD = /^([а-я]{3,})[мбп][ае]$/;

/**
 * The word a Kazakh question particle was typed onto ("келеме": келе ме, will it come; "болама": бола ма,
 * can it be), or null. Only when search reads that word as itself, a stop word or a form the vocabulary
 * lists as itself: many words end in the same letters ("сома": sum, "хабарлама": message).
 */
export function withoutGluedParticle(word: string): string | null {
  const before = PARTICLE_AFTER_WORD.exec(word)?.[1];
  return before !== undefined && (isStopWord(before) || isListedAsItself(before)) ? before : null;
}
