/**
 * Dice coefficient over character bigrams: 1 for equal texts, 0 for texts with no bigram in common.
 * Linear in the texts' length (unlike edit distance), so long backs can be compared cheaply;
 * bigrams suit Korean, where one changed syllable changes only two bigrams.
 */
export function bigrams(text: string): Map<string, number> {
  return ngrams(text, 2);
}

/** Single characters: for short titles, where one changed syllable leaves no bigram in common (`리전`/`리젼`). */
export function unigrams(text: string): Map<string, number> {
  return ngrams(text, 1);
}

function ngrams(text: string, size: 1 | 2): Map<string, number> {
  const chars = [...text.replace(/\s+/g, ' ').trim().toLowerCase()];
  const counts = new Map<string, number>();
  for (let i = 0; i + size <= chars.length; i++) {
    const gram = size === 1 ? chars[i]! : chars[i]! + chars[i + 1]!;
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

export function diceSimilarity(a: Map<string, number>, b: Map<string, number>): number {
  let sizeA = 0;
  let sizeB = 0;
  for (const count of a.values()) sizeA += count;
  for (const count of b.values()) sizeB += count;
  if (sizeA === 0 && sizeB === 0) return 1;
  if (sizeA === 0 || sizeB === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [bigram, count] of small) shared += Math.min(count, large.get(bigram) ?? 0);
  return (2 * shared) / (sizeA + sizeB);
}

/**
 * Overlap coefficient: the share of the smaller text's bigrams the larger has too. 1 where one text says
 * all the other does (`품질 요구사항 및 테스트` in `품질 요구사항 및 테스트에 관한 표준안`), however much longer.
 */
export function overlapSimilarity(a: Map<string, number>, b: Map<string, number>): number {
  let sizeA = 0;
  let sizeB = 0;
  for (const count of a.values()) sizeA += count;
  for (const count of b.values()) sizeB += count;
  if (sizeA === 0 || sizeB === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [bigram, count] of small) shared += Math.min(count, large.get(bigram) ?? 0);
  return shared / Math.min(sizeA, sizeB);
}
