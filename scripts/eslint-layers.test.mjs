// Runs the real eslint.config.js over snippets placed at made-up paths: proof
// that a wrong-way import or an impure engine call fails `npm run lint`.
import { ESLint } from 'eslint';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { placeOf, violation } from './eslint-layers.mjs';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const eslint = new ESLint({ cwd: ROOT });

/** The rule ids reported for `code` as if it lived at `path` (snippets leave names unused: not the point). */
async function rulesHit(path, code) {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: `${ROOT}/${path}` });
  return result.messages.map((m) => m.ruleId ?? m.message).filter((id) => id !== '@typescript-eslint/no-unused-vars');
}

describe('dependency direction', () => {
  it.each([
    ['src/engine/a.ts', "import { x } from '../shell/x.ts';"],
    ['src/engine/deep/a.ts', "import type { X } from '../../ui/x.tsx';"],
    ['src/shell/a.ts', "export { y } from '../scenario/y.ts';"],
    ['src/scenario/a.ts', "const m = await import('../replay/m.ts');"],
    ['src/replay/a.ts', "export * from '../store/s.ts';"],
    ['src/store/a.ts', "import { App } from '../ui/App.tsx';"],
    ['src/ui/a.ts', "import '../../tools/oracle.ts';"],
    ['src/engine/a.ts', "import '../main.tsx';"],
    ['src/image/a.ts', "import { lessons } from '../lessons/index.ts';"],
    ['src/image/a.ts', "import { useStore } from '../store/s.ts';"],
    ['src/replay/a.ts', "import { openImage } from '../image/open.ts';"],
  ])('%s: %s is refused', async (path, code) => {
    expect(await rulesHit(path, code)).toContain('layers/direction');
  });

  it.each([
    ['src/shell/a.ts', "import type { Syscalls } from '../engine/api.ts';"],
    ['src/replay/a.ts', "import { splitScenario } from '../scenario/script.ts';"],
    ['src/ui/a.ts', "import { s } from '../store/s.ts';"],
    ['src/main.tsx', "import { App } from './ui/App.tsx';"],
    ['src/engine/a.ts', "import { s } from './store/s.ts';"],
    ['tools/a.ts', "import { App } from '../src/ui/App.tsx';"],
    ['src/ui/a.ts', "import demo from '../../scenarios/demo.sh?raw';"],
    ['src/image/a.ts', "import { Kernel } from '../engine/kernel.ts';"],
    ['src/image/a.ts', "import { narrate } from '../replay/narrate.ts';"],
    ['src/lessons/a.ts', "import { openImage } from '../image/open.ts';"],
    ['src/ui/a.ts', "const m = await import('../image/index.ts');"],
  ])('%s: %s is allowed', async (path, code) => {
    expect(await rulesHit(path, code)).toEqual([]);
  });

  it('knows where files sit', () => {
    expect(placeOf(`${ROOT}/src/engine/x/y.ts`)).toBe('engine');
    expect(placeOf(`${ROOT}/src/main.tsx`)).toBe('app');
    expect(placeOf(`${ROOT}/tools/oracle.ts`)).toBe('tools');
    expect(violation('tools', 'ui')).toBeNull();
  });
});

describe('engine purity', () => {
  it.each([
    ["import { create } from 'zustand';", 'no-restricted-imports'],
    ["import * as d3 from 'd3';", 'no-restricted-imports'],
    ["import { scaleLinear } from 'd3-scale';", 'no-restricted-imports'],
    ["import { useState } from 'react';", 'no-restricted-imports'],
    ['const r = Math.random();', 'no-restricted-syntax'],
    ['const t = Date.now();', 'no-restricted-syntax'],
    ['const d = new Date();', 'no-restricted-syntax'],
    ['const t = performance.now();', 'no-restricted-globals'],
    ['const w = window.innerWidth;', 'no-restricted-globals'],
    ['const d = document.title;', 'no-restricted-globals'],
    ["const v = localStorage.getItem('k');", 'no-restricted-globals'],
    ['const c = crypto.randomUUID();', 'no-restricted-globals'],
  ])('%s is refused in src/engine', async (code, rule) => {
    expect(await rulesHit('src/engine/a.ts', code)).toContain(rule);
  });

  it('lets engine tests time themselves, and other layers use the clock', async () => {
    expect(await rulesHit('src/engine/a.test.ts', 'const t = Date.now() + performance.now();')).toEqual([]);
    expect(await rulesHit('src/store/a.ts', 'const t = Date.now();')).toEqual([]);
  });

  it('still keeps engine tests away from the UI', async () => {
    expect(await rulesHit('src/engine/a.test.ts', "import { App } from '../ui/App.tsx';")).toContain('layers/direction');
  });
});
