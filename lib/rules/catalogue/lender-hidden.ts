/**
 * The page names only a platform brand, not the lender that actually lends. The 山西监管局 risk
 * notice (2025-10-20) lists "刻意隐瞒贷款主体"; from 2026-08-01 the 明示综合融资成本规定 requires
 * the cost table to name who collects each charge. Without the lender's name the borrower cannot
 * tell which law applies or where to complain.
 */
import { CITATIONS } from '@/lib/law/citations';
import { COST_DISCLOSURE_RULE_FROM } from '@/lib/law/lines';
import { defineRule } from '../define-rule';

export default defineRule({
  id: 'lender-hidden',
  title: '未写明实际放款机构',
  titleEn: 'The actual lender is not named',
  severity: 'warning',
  appliesTo: 'all',
  basis: {
    shanxiRiskNotice2025: CITATIONS.shanxiRiskNotice2025,
    costDisclosure2026: CITATIONS.costDisclosure2026,
  },
  messages: {
    platformOnly: {
      zh: '页面只出现了平台名称「{brand}」，没有写明实际放款的是哪家银行、消费金融公司或小贷公司。不知道放款机构，就无法判断适用哪些利率上限，也不知道该向谁投诉。监管部门把"刻意隐瞒贷款主体"列为需要警惕的做法。您可以要求平台书面告知放款机构的全称及其放贷资质。',
      en: 'The page shows only the platform name "{brand}" and does not say which bank, consumer-finance or small-loan company actually lends. Without the lender\'s name you cannot tell which rate caps apply or where to complain; regulators list hiding the lender as a warning sign. You can ask the platform to state the lender\'s full name and licence in writing.',
      complaint:
        '贵方页面仅展示平台名称「{brand}」，未披露实际放款机构。国家金融监督管理总局山西监管局2025年10月20日风险提示已将"刻意隐瞒贷款主体"列为需要警惕的问题。请贵方披露实际放款机构的名称及其放贷资质。',
      demands: [
        '书面告知本笔借款实际放款机构的全称、统一社会信用代码及放贷资质；',
        '告知担保、保险、会员等各项费用的收取主体。',
      ],
    },
    hiddenByWords: {
      zh: '页面写明：「{words}」——它说钱由别的机构出，却没有写明是哪一家。不知道放款机构，就无法判断适用哪些利率上限，也不知道该向谁投诉。监管部门把"刻意隐瞒贷款主体"列为需要警惕的做法。您可以要求平台书面告知放款机构的全称及其放贷资质。',
      en: 'The page says: "{words}" — the money comes from another institution, which it does not name. Without the lender\'s name you cannot tell which rate caps apply or where to complain; regulators list hiding the lender as a warning sign. You can ask the platform to state the lender\'s full name and licence in writing.',
      complaint:
        '贵方页面写明“{words}”，但未披露该机构的名称。国家金融监督管理总局山西监管局2025年10月20日风险提示已将"刻意隐瞒贷款主体"列为需要警惕的问题。请贵方披露实际放款机构的名称及其放贷资质。',
      demands: [
        '书面告知本笔借款实际放款机构的全称、统一社会信用代码及放贷资质；',
        '告知担保、保险、会员等各项费用的收取主体。',
      ],
    },
    named: {
      zh: '页面写明了放款方：「{name}」。',
      en: 'The page names the lender: "{name}".',
    },
    noLender: {
      zh: '页面上没有读到放款机构的名称，无法核对。请在借款合同中查看"贷款人"或"出借人"一栏。',
      en: 'No lender name was read on the page, so this could not be checked. Look for the lender in the agreement.',
    },
    typeUnclear: {
      zh: '页面写明的放款方为「{name}」，但从名称无法判断它是不是持牌放贷机构。可以在国家金融监督管理总局或地方金融管理部门网站查询其资质。',
      en: 'The lender is named as "{name}", but its name does not show whether it holds a lending licence. Its licence can be looked up with the regulator.',
    },
  },
  check(input, report) {
    const { name, platform } = input.terms.lender;
    const basis =
      input.contractDate >= COST_DISCLOSURE_RULE_FROM
        ? (['shanxiRiskNotice2025', 'costDisclosure2026'] as const)
        : (['shanxiRiskNotice2025'] as const);
    const hiddenBy = input.terms.lender.hiddenBy ?? null;
    const unnamed = input.lenderType === 'platform-unspecified' || input.lenderType === 'unknown';
    // The page's own words hide the lender: that silence is the finding, not a gap in our reading.
    if (unnamed && hiddenBy !== null) {
      return report.fail(
        'hiddenByWords',
        { words: hiddenBy },
        { basis, evidence: [{ label: '页面原文', text: hiddenBy }] },
      );
    }
    switch (input.lenderType) {
      case 'platform-unspecified': {
        const brand = platform ?? name ?? input.lenderEvidence ?? '（未读到名称）';
        return report.fail(
          'platformOnly',
          { brand },
          {
            basis,
            evidence: [{ label: '平台名称', text: brand }],
          },
        );
      }
      case 'unknown':
        return name === null
          ? report.incomplete('noLender', {}, ['放款机构名称'], { basis })
          : report.incomplete('typeUnclear', { name }, ['放款机构的类型和放贷资质'], { basis });
      default:
        return report.pass('named', { name: name ?? input.lenderEvidence ?? '—' }, { basis });
    }
  },
  examples: {
    pass: [{ name: 'a consumer-finance company is named' }],
    fail: [
      {
        name: '"资金由合作机构提供" and no lender named',
        terms: {
          lenderType: 'unknown',
          lender: { type: 'unknown', name: null, evidence: null, hiddenBy: '资金由合作机构提供' },
        },
      },
      {
        name: 'only the brand 安途借',
        terms: {
          lenderType: 'platform-unspecified',
          lender: {
            type: 'platform-unspecified',
            name: '安途借',
            evidence: '安途借',
            platform: '安途借',
          },
        },
      },
    ],
  },
});
