/** Runs one rule on the fair baseline loan patched by `example` (lib/rules/examples.ts). */
import type { AnyRule, RuleExample } from '@/lib/rules/define-rule';
import { exampleContext } from '@/lib/rules/examples';
import { evaluateRule } from '@/lib/rules/run';
import type { Apr, Finding } from '@/lib/model/report';

export function check(rule: AnyRule, example: Omit<RuleExample, 'name'> = {}): Finding {
  return evaluateRule(rule, exampleContext({ name: 'test', ...example }));
}

export function apr(nominal: string, effective = nominal): Apr {
  return { nominal, effective, method: 'monthly', periodic: '0' };
}
