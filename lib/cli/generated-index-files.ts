import type { GuideQuestion } from '../guide/types';
import { buildGuideIndex } from '../search/build-index';
import { shippedGuideFiles, type ShippedGuideFiles } from '../search/shipped-guide-files';

/** Where the build writes the shipped guide's data files (generated, not committed; packaged by wxt.config.ts). */
export const GENERATED_DIR = 'lib/generated';

/** The shipped guide's data files, by name: the index, its posting lists and the answer store in two parts. */
export function generatedIndexFiles(questions: GuideQuestion[]): ShippedGuideFiles {
  const { index, answers } = buildGuideIndex(questions);
  return shippedGuideFiles(index, answers);
}
