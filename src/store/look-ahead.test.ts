// Views asked for ahead of a step (the session beside the page): a step
// finds its view made, and what it shows is what a view asked for at the
// step shows, wherever the cursor goes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLabStore, openSeed } from './index.ts';
import { LocalHost } from '../session/host.ts';
import type { LabState } from './types.ts';

const script = (name: string) => ({ text: readFileSync(`scenarios/${name}`, 'utf8'), name });
const SCRIPTS = ['seed-copy-up-whiteout.sh', 'copy-cp-r-dir.sh', 'copy-up-dir-chmod.sh'].map(script);

/** A store whose host says it runs beside the page (or not), and the positions of the views it was asked for. */
function storeWith(background: boolean) {
  const local = new LocalHost();
  local.background = background;
  const asked: number[] = [];
  const failing = { views: false };
  const call = ((name: string, ...args: unknown[]) => {
    if (name === 'view') asked.push((args[0] as { position: number }).position);
    if (name === 'view' && failing.views) return Promise.resolve({ ok: false, error: { kind: 'cancelled', detail: 'cancelled' } });
    return (local.call as (n: string, ...a: unknown[]) => Promise<unknown>)(name, ...args);
  }) as LocalHost['call'];
  const store = createLabStore({ call, onProgress: (l) => local.onProgress(l), canCancel: false, background, cancel: (r) => local.cancel(r) });
  return { store, asked, failing };
}

/** Every answer asked for so far has come (LocalHost answers each in a task of its own). */
const answered = () => new Promise((r) => setTimeout(r, 30));

/** What the page draws from a view. */
function shown(s: LabState) {
  const v = s.view!;
  return { position: v.position, selected: s.selected, focus: v.focus, rows: v.rows, gridKey: v.gridKey, micro: v.micro, motion: v.motion, detail: v.detail, resolution: v.resolution };
}

describe('views asked for ahead', () => {
  it('a step finds its view made: nothing more is asked for its position', async () => {
    const { store, asked } = storeWith(true);
    await openSeed(store, SCRIPTS[0]);
    store.getState().setDetail('full');
    store.getState().seek(5);
    await store.getState().settled();
    await answered();
    expect(asked.slice(-2).sort()).toEqual([4, 6]);
    const before = asked.length;
    store.getState().stepMicro(1);
    await store.getState().settled();
    expect(store.getState().view!.position).toBe(6);
    // Asked since: the new neighbours only, not the step itself.
    expect(asked.slice(before).sort()).toEqual([5, 7]);
  });

  it('the same page as views asked for at each step, going forward, back and jumping', async () => {
    for (const s of SCRIPTS) {
      const a = storeWith(true).store;
      const b = storeWith(false).store;
      for (const st of [a, b]) {
        await openSeed(st, s);
        st.getState().setDetail('full');
      }
      const total = a.getState().total;
      const walk = [...Array.from({ length: total + 1 }, (_, i) => i), ...Array.from({ length: total + 1 }, (_, i) => total - i), 3, 2, total - 1, total, 1, 0];
      let last = -1;
      for (const p of walk) {
        for (const st of [a, b]) {
          if (Math.abs(p - last) === 1 && p === st.getState().position + (p - last)) st.getState().stepMicro((p - last) as 1 | -1);
          else st.getState().seek(p);
          await st.getState().settled();
        }
        // The look ahead's answers come while the learner reads.
        await answered();
        expect(shown(a.getState()), `${s.name} at ${p}`).toEqual(shown(b.getState()));
        last = p;
      }
    }
  });

  it('a view asked for ahead is not used once another view is shown (a directory opened)', async () => {
    const { store, asked } = storeWith(true);
    await openSeed(store, SCRIPTS[1]);
    store.getState().setDetail('full');
    await answered();
    const from = asked.length;
    store.getState().seek(store.getState().total);
    await store.getState().settled();
    await answered();
    const dir = store.getState().view!.rows.find((r) => r.isDir)!.path;
    store.getState().toggleDir(dir);
    await store.getState().settled();
    await answered();
    store.getState().stepMicro(-1);
    await store.getState().settled();
    // Asked for once from the view before the directory was opened, and again from the one after.
    expect(asked.slice(from).filter((p) => p === store.getState().total - 1).length).toBe(2);
    const fresh = storeWith(false).store;
    await openSeed(fresh, SCRIPTS[1]);
    fresh.getState().setDetail('full');
    fresh.getState().seek(fresh.getState().total);
    await fresh.getState().settled();
    fresh.getState().toggleDir(dir);
    await fresh.getState().settled();
    fresh.getState().seek(fresh.getState().total - 1);
    await fresh.getState().settled();
    expect(shown(store.getState())).toEqual(shown(fresh.getState()));
  });

  it('a view asked for ahead that failed is asked for again at the step', async () => {
    const { store, failing } = storeWith(true);
    await openSeed(store, SCRIPTS[0]);
    store.getState().setDetail('full');
    await store.getState().settled();
    failing.views = true;
    store.getState().refreshView();
    await store.getState().settled();
    await answered();
    failing.views = false;
    const at = store.getState().view!.position;
    store.getState().stepMicro(1);
    await store.getState().settled();
    expect(store.getState().view!.position).toBe(at + 1);
  });
});
