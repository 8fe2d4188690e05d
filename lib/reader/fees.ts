/**
 * Fees: deducted at disbursement (平台服务费 "放款时一次性扣除", fixture 03), behind a pre-ticked
 * checkbox (极速审核权益卡, 05), per period (每期担保费, 04; a fee column; a fee clause in fine
 * print, 11), overdue charges (罚息, 违约金, 逾期服务费, 10) and prepayment charges (11).
 */
import type { RawControl } from '@/lib/model/extraction';
import type { Fee, PrepaymentTerms } from '@/lib/model/terms';
import { moneyTokens } from '@/lib/parse/money';
import { compactText } from '@/lib/parse/normalize';
import { rateTokens } from '@/lib/parse/rate';
import { type View, sourceOf } from './facts';
import { leadingMoney } from './money-facts';

const FEE_LABEL = /费|权益|会员|保证金|保费|砍头/;
const NOT_A_FEE =
  /费率|合计|总额|小计|利息|罚息|违约|逾期|本息|免|^无|其他费用|费用说明|收费标准|计费/;
const UPFRONT = /放款时|放款前|到账前|预先|预扣|一次性扣除|从借款中扣除|从借款金额中扣除|扣除|砍头/;

/** "每期担保费" → "担保费"; "保证保险费" stays. */
function feeName(label: string): string {
  return compactText(label)
    .replace(/[:：]$/, '')
    .replace(/[(（][^)）]*[)）]$/, '')
    .replace(/^(?:每期|每月|当期|月)/, '');
}

function payeeFor(name: string, view: View): string | undefined {
  const stem = name.replace(/费$/, '').slice(-2);
  for (const s of view.sentences) {
    const t = compactText(s.text);
    const m = new RegExp(
      `${stem}[^，。；]{0,6}由([^，。；]{2,24}?(?:公司|平台|机构))(?:收取|承保|提供)`,
    ).exec(t);
    if (m?.[1]) return m[1];
  }
  return undefined;
}

export function upfrontAndPeriodicFees(view: View, controls: RawControl[]): Fee[] {
  const fees: Fee[] = [];
  // One fee shown twice (a labelled figure and a contract clause) is one fee.
  const add = (fee: Fee): void => {
    if (fees.some((f) => f.when === fee.when && f.amount === fee.amount)) return;
    if (fees.some((f) => f.when === fee.when && f.name === fee.name)) return;
    fees.push(fee);
  };
  for (const f of view.facts) {
    if (!FEE_LABEL.test(f.key) || NOT_A_FEE.test(f.key)) continue;
    const amount = leadingMoney(f.value);
    if (amount === null || amount === '0.00') continue;
    const name = feeName(f.label);
    const perPeriod = /^(?:每期|每月|当期)/.test(f.key) || /\/(?:期|月)|每期|每月/.test(f.value);
    // The note may sit in the label ("平台服务费（放款时一次性扣除）") or after the value.
    const upfront = UPFRONT.test(f.near) || UPFRONT.test(f.key);
    if (!perPeriod && !upfront) continue;
    const payee = perPeriod ? payeeFor(name, view) : undefined;
    add({
      name,
      when: upfront ? 'upfront' : 'periodic',
      amount,
      ...(payee ? { payee } : {}),
      source: f.source,
    });
  }
  for (const c of controls) {
    if (c.kind !== 'checkbox' || !c.checked || /同意|已阅读|协议|授权/.test(c.label)) continue;
    const tokens = moneyTokens(c.label);
    const last = tokens[tokens.length - 1];
    if (!last) continue;
    const name = (/「([^」]+)」/.exec(c.label)?.[1] ?? c.label.split(/\s/)[0] ?? c.label).replace(
      /^开通/,
      '',
    );
    add({
      name,
      when: UPFRONT.test(c.label) ? 'upfront' : 'once',
      amount: last.value,
      preselected: true,
      source: { text: c.label, locator: c.locator, finePrint: false },
    });
  }
  // A fee clause in prose: "乙方应按月向甲方支付账户管理费，费率为借款本金的0.25%/月，即每期37.50元".
  for (const s of view.sentences) {
    const t = s.text.normalize('NFKC');
    const m = /([\u4e00-\u9fa5]{2,8}费)[^。；]*?每期\s*([\d,]+(?:\.\d+)?)\s*元/.exec(t);
    if (!m?.[1] || !m[2] || NOT_A_FEE.test(m[1])) continue;
    const amount = leadingMoney(`${m[2]}元`);
    if (!amount) continue;
    const name = m[1].replace(/^.*(?:支付|收取|缴纳|缴付)/, '');
    const rate = rateTokens(t)[0];
    add({
      name,
      when: 'periodic',
      amount,
      ...(rate
        ? { rate: rate.value, ratePer: 'month' as const, rateBasis: 'original-principal' as const }
        : {}),
      source: s.source,
    });
  }
  return fees;
}

const OVERDUE = /逾期|罚息|滞纳金|违约金/;
const OVERDUE_NAME = /逾期服务费|逾期管理费|逾期利息|罚息|违约金|滞纳金/;

export function overdueFees(view: View): Fee[] {
  const fees: Fee[] = [];
  for (const s of view.sentences) {
    if (!OVERDUE.test(s.text) || /提前还款违约金|提前还款/.test(s.text)) continue;
    for (const clause of s.text.normalize('NFKC').split(/[，,；;。]/)) {
      const name = OVERDUE_NAME.exec(clause)?.[0];
      if (!name) continue;
      const source = { ...s.source, text: clause };
      const multiplier = /(?:上浮|加收|提高)\s*(\d+(?:\.\d+)?)%/.exec(clause);
      const rate = rateTokens(clause)[0];
      const money = moneyTokens(clause)[0];
      if (multiplier?.[1] && /利率|合同|执行/.test(clause)) {
        const pct = multiplier[1];
        fees.push({
          name,
          when: 'overdue',
          rate: rateTokens(`${pct}%`)[0]?.value ?? pct,
          rateBasis: 'contract-rate',
          source,
        });
      } else if (rate) {
        const daily =
          /每日|按日|日|天/.test(clause.slice(0, rate.index + rate.text.length + 2)) ||
          rate.per === 'day';
        const monthly = /每月|按月|月/.test(clause) && !daily;
        fees.push({
          name,
          when: 'overdue',
          rate: rate.value,
          ratePer: daily ? 'day' : monthly ? 'month' : 'year',
          rateBasis: 'overdue-amount',
          source,
        });
      } else if (money) {
        fees.push({ name, when: 'overdue', amount: money.value, ratePer: 'once', source });
      }
    }
  }
  return fees;
}

export function prepayment(view: View): { terms: PrepaymentTerms | null; fees: Fee[] } {
  for (const s of view.sentences) {
    const t = s.text.normalize('NFKC');
    if (!/提前(?:还款|偿还|结清)/.test(t) || !/违约金|手续费|补偿|费|利息|收取|免/.test(t))
      continue;
    const clauses = t.split(/[，,；;。]/).filter((c) => /提前|违约金|手续费|补偿/.test(c));
    const sentence = s.text.trim().replace(/[。；;]$/, '');
    const text = sentence.length <= 80 ? sentence : clauses.join('，');
    const free = /不收取|免收|无需支付|不收|免费|免违约金/.test(text);
    const charged = /违约金|手续费|补偿金|罚金/.test(text) && !free;
    const fees: Fee[] = [];
    const rate = rateTokens(text)[0];
    if (charged && rate) {
      fees.push({
        name: '提前还款违约金',
        when: 'prepayment',
        rate: rate.value,
        rateBasis: 'prepaid-principal',
        ratePer: 'once',
        source: { ...sourceOf(view.raw, s.block), text },
      });
    }
    return { terms: { text, penalty: charged, source: { ...s.source, text } }, fees };
  }
  return { terms: null, fees: [] };
}
