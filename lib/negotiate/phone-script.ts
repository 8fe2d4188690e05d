/** The short phone script for the lender's official hotline, filled from the case and the plan. */
import { formatMoney } from '@/lib/text/format';
import type { Borrower } from '@/lib/model/settings';

import type { NegotiationCase } from './case';
import { fill } from './fill';
import type { Plan } from './plans';
import { PHONE_SCRIPT } from './wording';

export interface PhoneScript {
  title: string;
  say: string[];
  ask: string[];
  avoid: string[];
}

export function phoneScript(
  c: NegotiationCase,
  supportableTotal: string,
  plan: Plan | null,
  borrower: Borrower,
): PhoneScript {
  const planLine =
    plan === null
      ? PHONE_SCRIPT.plan.none
      : plan.kind === 'settlement'
        ? fill(PHONE_SCRIPT.plan.settlement, { total: formatMoney(plan.total) })
        : fill(PHONE_SCRIPT.plan.instalments, {
            periods: String(plan.periods),
            payment: formatMoney(plan.payment),
            total: formatMoney(plan.total),
          });
  const vars = {
    lender: c.lender.trim() === '' ? '放款机构' : c.lender.trim(),
    name: borrower.name.trim() === '' ? '【您的姓名】' : borrower.name.trim(),
    hardship: c.hardship.trim() === '' ? '【困难原因】' : c.hardship.trim().replace(/[。.]+$/, ''),
    supportableTotal: formatMoney(supportableTotal),
    capacity: formatMoney(c.monthlyCapacity),
    planLine,
  };
  return {
    title: fill(PHONE_SCRIPT.title, vars),
    say: PHONE_SCRIPT.say.map((l) => fill(l, vars)),
    ask: [...PHONE_SCRIPT.ask],
    avoid: [...PHONE_SCRIPT.avoid],
  };
}

export function phoneScriptText(script: PhoneScript): string {
  const h = PHONE_SCRIPT.headings;
  return [
    script.title,
    '',
    `${h.say}：`,
    ...script.say.map((l, i) => `${i + 1}. ${l}`),
    '',
    `${h.ask}：`,
    ...script.ask.map((l, i) => `${i + 1}. ${l}`),
    '',
    `${h.avoid}：`,
    ...script.avoid.map((l, i) => `${i + 1}. ${l}`),
  ].join('\n');
}
