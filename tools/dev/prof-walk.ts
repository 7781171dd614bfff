import { Kernel } from '../../src/engine/kernel.ts';
import { walkMounts } from '../../src/engine/overlay/walk.ts';
import { generateStack } from '../../src/replay/generate.ts';
const { state } = generateStack({ layers: 3, entries: 100_000 });
for (let i = 0; i < 3; i++) {
  const k = new Kernel(state, '', { record: false });
  const s = performance.now();
  walkMounts(k);
  console.log('walk', (performance.now() - s).toFixed(1), 'ms', k.ws.mounts[0].dcache.size, 'cached');
}
