// What stat shows through an overlay, one rule per row.
import { describe, expect, it } from 'vitest';
import { O_APPEND, O_CREAT, O_TRUNC, O_WRONLY } from '../api.ts';
import { Kernel } from '../kernel.ts';

function stack(): Kernel {
  const k = new Kernel();
  for (const d of ['lower', 'lower/d', 'upper', 'work', 'merged']) k.mkdir(d, 0o755);
  const fd = k.open('lower/f', O_WRONLY | O_CREAT | O_TRUNC, 0o644);
  if (fd.ok) k.close(fd.value);
  expect(k.mount('overlay', 'merged', 'overlay', 0, 'lowerdir=lower,upperdir=upper,workdir=work').ok).toBe(true);
  return k;
}

describe('stat through an overlay', () => {
  it('ovl_map_dev_ino: on one filesystem every object shows the overlay st_dev, files included', () => {
    const k = stack();
    const lower = k.stat('lower/f');
    const merged = k.stat('merged/f');
    const dir = k.stat('merged/d');
    expect(lower.ok && merged.ok && dir.ok).toBe(true);
    if (!lower.ok || !merged.ok || !dir.ok) return;
    expect(merged.value.dev).not.toBe(lower.value.dev);
    expect(merged.value.dev).toBe(dir.value.dev);
  });

  it('ovl_getattr: a copied-up file keeps its origin st_ino, so (dev, ino) tells it from the lower file', () => {
    const k = stack();
    const fd = k.open('merged/f', O_WRONLY | O_APPEND);
    expect(fd.ok).toBe(true);
    if (fd.ok) k.close(fd.value);
    const lower = k.stat('lower/f');
    const merged = k.stat('merged/f');
    const upper = k.stat('upper/f');
    if (!lower.ok || !merged.ok || !upper.ok) throw new Error('stat failed');
    expect(merged.value.ino).toBe(lower.value.ino);
    expect(upper.value.ino).not.toBe(lower.value.ino);
    expect([merged.value.dev, merged.value.ino]).not.toEqual([lower.value.dev, lower.value.ino]);
  });
});
