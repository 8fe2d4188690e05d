/**
 * A daily or monthly rate is shown more prominently than the annual rate. 人民银行公告〔2021〕第3号
 * 第一条: other rates may be shown "但不应比年化利率更明显". Two cases are proved: the annual rate
 * hidden in fine print (a closed <details>) while a daily or monthly rate is in plain view, and a
 * daily or monthly rate, marketing banners ("日息低至…") included, set in type at least
 * LOUDER_RATIO times the annual rate's. A smaller difference in size, or position alone, is not
 * called a violation: whether it is "more prominent" is then a judgement, not a measurement.
 */
import { CITATIONS } from '@/lib/law/citations';
import { defineRule } from '../define-rule';
import { isAnnual, isShortPeriod, rateEvidence, rateWords } from '../facts';
import { listEn, listZh } from '../format';

const LOUDER_RATIO = 1.2;

/** The scanner's font size in CSS pixels, as the explanation shows it ("32px"). */
const px = (size: number): string => `${String(Math.round(size * 10) / 10)}px`;

export default defineRule({
  id: 'apr-less-prominent',
  title: '年化利率不如日利率、月利率醒目',
  titleEn: 'The annual rate is less prominent than a daily or monthly rate',
  severity: 'violation',
  appliesTo: 'all',
  basis: {
    pboc2021No3Art1: CITATIONS.pboc2021No3Art1,
    pboc2021No3Art5: CITATIONS.pboc2021No3Art5,
  },
  messages: {
    annualInFinePrint: {
      zh: '页面醒目处写着{short}，而年化利率{annual}只出现在需要点开才能看到的折叠说明里。人民银行公告〔2021〕第3号第一条规定，日利率、月利率可以同时展示，但不应比年化利率更明显。您可以要求贷款方在页面显著位置展示年化利率，并书面确认本笔借款的年化利率。',
      en: 'The page shows {shortEn} in plain view, while the annual rate {annualEn} appears only in a collapsed section that must be opened. PBOC Announcement [2021] No. 3, Art. 1 allows daily and monthly rates to be shown, but not more prominently than the annual rate. You can ask the lender to show the annual rate prominently and confirm it in writing.',
      complaint:
        '贵方页面在显著位置展示{short}，而将年化利率{annual}置于折叠的说明内容中。《中国人民银行公告〔2021〕第3号》第一条规定，贷款机构可以同时展示日利率、月利率等信息，但不应比年化利率更明显。',
      demands: [
        '在借款页面显著位置展示年化利率，且不得使日利率、月利率比年化利率更明显；',
        '书面确认本笔借款的年化利率（包含全部利息和费用）。',
      ],
    },
    shortLarger: {
      zh: '页面上{loud}的字号为{shortSize}，而年化利率{annual}只有{annualSize}，日利率或月利率比年化利率醒目得多。人民银行公告〔2021〕第3号第一条规定，日利率、月利率可以同时展示，但不应比年化利率更明显。您可以要求贷款方以不小于日利率、月利率的字号展示年化利率，并书面确认本笔借款的年化利率。',
      en: 'The page sets {loudEn} in {shortSize} type, but the annual rate {annualEn} in only {annualSize}: the daily or monthly rate is far more prominent. PBOC Announcement [2021] No. 3, Art. 1 allows daily and monthly rates to be shown, but not more prominently than the annual rate. You can ask the lender to show the annual rate at least as prominently, and to confirm it in writing.',
      complaint:
        '贵方页面以{shortSize}字号展示{loud}，而年化利率{annual}的字号仅为{annualSize}。《中国人民银行公告〔2021〕第3号》第一条规定，贷款机构可以同时展示日利率、月利率等信息，但不应比年化利率更明显。',
      demands: [
        '在借款页面以不小于日利率、月利率的字号和同等显著的位置展示年化利率；',
        '书面确认本笔借款的年化利率（包含全部利息和费用）。',
      ],
    },
    annualAsProminent: {
      zh: '页面上年化利率{annual}的字号为{annualSize}，{loud}为{shortSize}，年化利率没有被日利率或月利率比下去。',
      en: 'The annual rate {annualEn} is set in {annualSize} type and {loudEn} in {shortSize}: the annual rate is not outshone.',
    },
    notComparable: {
      zh: '页面同时写了年化利率{annual}和{short}，但本工具没有读到它们在页面上的字号和位置，无法判断哪个更醒目。请自行对比：如果日利率或月利率的字更大、位置更靠前，可以据人民银行公告〔2021〕第3号第一条提出异议。',
      en: 'The page shows the annual rate {annualEn} and also {shortEn}, but their font sizes and positions were not read, so which is more prominent could not be checked. Compare them yourself: if the daily or monthly rate is larger or placed first, you can object under PBOC Announcement [2021] No. 3, Art. 1.',
    },
    onlyAnnual: {
      zh: '页面只展示年化利率{annual}，没有更醒目的日利率或月利率。',
      en: 'The page shows the annual rate {annualEn} and no daily or monthly rate that could outshine it.',
    },
    noAnnual: {
      zh: '页面没有展示年化利率，见「只展示日利率或月利率，未展示年化利率」一项。',
      en: 'The page shows no annual rate; see "only a daily or monthly rate is shown".',
    },
  },
  check(input, report) {
    const rates = input.terms.statedRates;
    const annual = rates.filter(isAnnual);
    if (annual.length === 0) return report.inapplicable('noAnnual', {});
    const annualWords = annual.map(rateWords);
    const annualData = { annual: listZh(annualWords), annualEn: listEn(annualWords) };
    const short = rates.filter(isShortPeriod);
    if (short.length === 0) return report.pass('onlyAnnual', annualData);

    const shortWords = short.map(rateWords);
    const data = { ...annualData, short: listZh(shortWords), shortEn: listEn(shortWords) };
    const evidence = [...annual, ...short].flatMap(rateEvidence);
    const visibleShort = short.filter((r) => r.source !== undefined && !r.source.finePrint);
    const annualHidden = annual.every((r) => r.source?.finePrint === true);
    if (annualHidden && visibleShort.length > 0) {
      return report.fail('annualInFinePrint', data, {
        evidence,
        ...(input.lenderType === 'private'
          ? { severity: 'warning' as const, basis: ['pboc2021No3Art1', 'pboc2021No3Art5'] as const }
          : { basis: ['pboc2021No3Art1'] as const }),
      });
    }
    const visibleAnnual = annual.filter((r) => r.source?.finePrint !== true);
    // Every daily or monthly figure is in collapsed fine print: none can outshine the annual rate.
    if (visibleAnnual.length > 0 && visibleShort.length === 0)
      return report.pass('onlyAnnual', annualData, { evidence });
    const sizes = [...visibleAnnual, ...visibleShort].map((r) => r.prominence?.fontSize);
    if (
      visibleAnnual.length > 0 &&
      visibleShort.length > 0 &&
      sizes.every((n) => n !== undefined)
    ) {
      const annualSize = Math.max(...visibleAnnual.map((r) => r.prominence?.fontSize ?? 0));
      const loudest = visibleShort.reduce((a, b) =>
        (b.prominence?.fontSize ?? 0) > (a.prominence?.fontSize ?? 0) ? b : a,
      );
      const shortSize = loudest.prominence?.fontSize ?? 0;
      const loud = rateWords(loudest);
      const sized = {
        ...data,
        loud: listZh([loud]),
        loudEn: listEn([loud]),
        annualSize: px(annualSize),
        shortSize: px(shortSize),
      };
      if (shortSize >= annualSize * LOUDER_RATIO) {
        return report.fail('shortLarger', sized, {
          evidence,
          ...(input.lenderType === 'private'
            ? {
                severity: 'warning' as const,
                basis: ['pboc2021No3Art1', 'pboc2021No3Art5'] as const,
              }
            : { basis: ['pboc2021No3Art1'] as const }),
        });
      }
      return report.pass('annualAsProminent', sized, { evidence });
    }
    return report.incomplete('notComparable', data, ['各利率在页面上的字号、位置和强调方式'], {
      evidence,
      basis: ['pboc2021No3Art1'],
    });
  },
  examples: {
    pass: [{ name: 'only the annual rate is shown' }],
    fail: [
      {
        name: '日息低至万分之2 in 48px, 年化利率 in 14px',
        terms: {
          statedRates: [
            {
              label: '日息低至',
              kind: 'daily',
              value: '0.0002',
              valueText: '万分之2',
              context: 'marketing-minimum',
              prominence: { fontSize: 48, y: 120 },
              source: { text: '日息低至万分之2', locator: '.hero', finePrint: false },
            },
            {
              label: '年化利率（单利）',
              kind: 'annual-simple',
              value: '0.18',
              valueText: '18.00%',
              primary: true,
              prominence: { fontSize: 14, y: 900 },
              source: { text: '年化利率（单利）18.00%', locator: 'footer p', finePrint: false },
            },
          ],
        },
      },
      {
        name: '日利率 in view, 年化利率 in a closed <details>',
        terms: {
          statedRates: [
            {
              label: '日利率',
              kind: 'daily',
              value: '0.0005',
              valueText: '0.05%',
              source: { text: '日利率0.05%', locator: 'h1', finePrint: false },
            },
            {
              label: '年化利率（单利）',
              kind: 'annual-simple',
              value: '0.18',
              valueText: '18.00%',
              primary: true,
              source: { text: '年化利率（单利）18.00%', locator: 'details p', finePrint: true },
            },
          ],
        },
      },
    ],
  },
});
