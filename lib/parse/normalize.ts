/**
 * Page text arrives in every width and spacing: full-width digits in an electronic IOU
 * (１２，０００．００), ideographic spaces, no-break spaces. NFKC folds the full-width forms to
 * ASCII; the rest collapses whitespace so patterns can be written once.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00a0\u2000-\u200b\u3000\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Normalised and without any whitespace: for matching labels such as "年化利率 （单利）". */
export function compactText(text: string): string {
  return normalizeText(text).replace(/\s+/g, '');
}
