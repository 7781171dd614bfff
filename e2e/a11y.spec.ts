import { expect, test } from './fixtures.ts';

// Serious and critical are the ones that lock people out (no name, no
// contrast, no keyboard path); lesser findings are reviewed, not gated.
test('the landing page has no serious or critical accessibility violations', async ({ home, makeAxe }) => {
  await home.goto();
  const { violations } = await makeAxe().analyze();
  const blocking = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(blocking).toEqual([]);
});
