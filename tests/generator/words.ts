/** Number formats a page may use: thousands separators, full-width digits, 大写, 万. */
const fwMap: Record<string, string> = {};
for (const c of '0123456789.,%') fwMap[c] = String.fromCharCode(c.charCodeAt(0) + 0xfee0);

export const money = (x: string): string => {
  const [i = '0', d = '00'] = x.split('.');
  return `${i.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${d}`;
};

export const fullWidth = (s: string): string => s.replace(/[0-9.,%]/g, (c) => fwMap[c] ?? c);

const DIG = '零壹贰叁肆伍陆柒捌玖';
const UNIT = ['', '拾', '佰', '仟'];

function fourDigits(n: number): string {
  let out = '';
  let zero = false;
  for (let k = 3; k >= 0; k--) {
    const d = Math.floor(n / 10 ** k) % 10;
    if (d === 0) {
      zero = out !== '';
    } else {
      if (zero) out += '零';
      out += (DIG[d] ?? '') + (UNIT[k] ?? '');
      zero = false;
    }
  }
  return out;
}

/** 大写 amount (below 1亿): 12345.60 → 壹万贰仟叁佰肆拾伍元陆角整 style. */
export function daxie(x: string): string {
  const [iStr = '0', dStr = '00'] = x.split('.');
  const i = Number(iStr);
  const wan = Math.floor(i / 10000);
  const rest = i % 10000;
  let s = '';
  if (wan > 0) s += `${fourDigits(wan)}万`;
  if (rest > 0) s += (wan > 0 && rest < 1000 ? '零' : '') + fourDigits(rest);
  if (s === '') s = '零';
  s += '元';
  const jiao = Number(dStr[0] ?? '0');
  const fen = Number(dStr[1] ?? '0');
  if (jiao === 0 && fen === 0) return `${s}整`;
  if (jiao > 0) s += `${DIG[jiao] ?? ''}角`;
  else s += '零';
  if (fen > 0) s += `${DIG[fen] ?? ''}分`;
  return s;
}

/** 2.35万元 when the amount is a whole number of hundreds, else the plain figure. */
export function wan(x: string): string {
  const cents = Math.round(Number(x) * 100);
  if (cents % 10000 !== 0) return `${money(x)}元`;
  const w = (cents / 100 / 10000).toString();
  return `${w}万元`;
}
