import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { labStore, openSeed } from '../store/index.ts';
import { App } from './App.tsx';
import './i18n/index.ts';

// Rendered on the server side so this needs no DOM: it proves the component
// tree builds with real words and the test handles; the browser tests prove it paints.
describe('App', () => {
  it('names the product in its one heading', () => {
    const html = renderToStaticMarkup(<App />);
    expect(html).toMatch(/<h1[^>]*>Overlay Lab<\/h1>/);
    expect(html.match(/<h1/g)).toHaveLength(1);
  });

  it('shows the seed demo with the grid handles the browser specs read', async () => {
    await openSeed(labStore, { text: readFileSync('scenarios/seed-copy-up-whiteout.sh', 'utf8'), name: 'seed.sh' });
    // As someone who has been here before sees it: the demo's end, the details in view.
    labStore.getState().seek(labStore.getState().total);
    labStore.getState().setSideTab('details');
    await labStore.getState().settled();
    // The current command's micro-steps are listed from the events the page fetched.
    const s = labStore.getState();
    await s.loadEvents(s.commands.length - 1, 0, 100);
    // Server rendering reads a store's initial state (there is no client to hydrate); show the current one.
    labStore.getInitialState = labStore.getState;
    const html = renderToStaticMarkup(<App />);
    expect(html).toContain('data-path="in_lower.txt"');
    expect(html).toMatch(/data-layer="upper" data-kind="whiteout"/);
    expect(html).toMatch(/data-testid="resolution-path"[^]*data-layer="upper" data-outcome="whiteout"/);
    expect(html).toContain('data-testid="terminal-input"');
    expect((html.match(/data-testid="timeline-step"/g) ?? []).length).toBe(labStore.getState().commands.length);
    // The first visit's simple view: the whiteout's kernel steps are one step, its caption the rename that put it in place.
    expect(labStore.getState().detail).toBe('simple');
    expect(html).toMatch(/data-testid="step-group" data-group="whiteout" data-event="rename"/);
    expect(html).toContain('data-testid="detail-level" data-level="simple"');
    // The full view lists every kernel step.
    labStore.getState().setDetail('full');
    const full = renderToStaticMarkup(<App />);
    expect(full).toMatch(/data-testid="micro-step" data-event="rename"/);
    expect(full).not.toContain('data-testid="step-group"');
    labStore.getState().setDetail('simple');
    // No key shown raw: every string came from the resource.
    expect(html).not.toMatch(/>(grid|path|timeline|transport|terminal)\.[a-zA-Z]+</);
  });
});
