/**
 * CTC greedy decoding of PP-OCR's recogniser output, keeping how sure the model was of each
 * character (paddleocr's own decoder keeps only the line's mean, which hides one doubtful digit
 * in a long line of certain ones). The output is [T, C] softmax probabilities per time step;
 * class 0 is the CTC blank, classes 1..N are the dictionary, and PP-OCR appends a space.
 */
export interface DecodedChar {
  char: string;
  /** Highest probability over the time steps that emitted this character. */
  p: number;
}

export function ctcDecode(
  probs: Float32Array,
  steps: number,
  classes: number,
  dictionary: readonly string[],
): DecodedChar[] {
  const out: DecodedChar[] = [];
  let last = -1;
  for (let t = 0; t < steps; t++) {
    const offset = t * classes;
    let best = 0;
    let bestP = -Infinity;
    for (let c = 0; c < classes; c++) {
      const v = probs[offset + c] ?? -Infinity;
      if (v > bestP) {
        bestP = v;
        best = c;
      }
    }
    if (best === last) {
      // The same character held over several steps: one character, its best step's probability.
      const prev = out[out.length - 1];
      if (best !== 0 && prev !== undefined && bestP > prev.p) prev.p = bestP;
      continue;
    }
    last = best;
    if (best === 0) continue;
    // Index N+1 (past the dictionary file) is the space PP-OCR adds with use_space_char.
    const char = best - 1 < dictionary.length ? (dictionary[best - 1] ?? '') : ' ';
    out.push({ char, p: bestP });
  }
  return out;
}
