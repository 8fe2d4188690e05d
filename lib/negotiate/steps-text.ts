/**
 * A computation step in words (Chinese or English), from the wording table: the one place a
 * step's figures become a sentence, used by the assistant page and by `npm run negotiate`.
 */
import { displayFigures, fill } from './fill';
import type { Step } from './supportable';
import { STEP_WORDS } from './wording';

export type StepLanguage = 'zh' | 'en';

const SCALED = {
  zh: { yes: '，并按实际到账金额折算', no: '' },
  en: { yes: ', scaled to the amount received', no: '' },
} as const;

export function stepText(step: Step, language: StepLanguage): string {
  const figures = displayFigures(step.figures);
  const scaled = step.figures.scaled === 'yes' ? 'yes' : 'no';
  return fill(STEP_WORDS[step.id][language], {
    ...figures,
    scaledZh: SCALED.zh[scaled],
    scaledEn: SCALED.en[scaled],
  });
}
