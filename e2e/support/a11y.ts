// One axe gate for every spec: serious and critical findings are the ones
// that lock people out (no name, no contrast, no keyboard path).
import type AxeBuilder from '@axe-core/playwright';

export async function blockingViolations(axe: AxeBuilder): Promise<string[]> {
  const { violations } = await axe.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
