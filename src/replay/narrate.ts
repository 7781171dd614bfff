// A timeline in plain words, for the command line: each command, what it
// printed, and the micro-steps that explain it, one caption each (with
// `simple`, one per step of the simple view: an act's kernel steps as one).
import { caption, renderCaption } from './captions.ts';
import { groupCaption, groupSteps } from './groups.ts';
import type { Timeline } from './timeline.ts';

export function narrate(t: Timeline, name: string, opts: { simple?: boolean } = {}): string {
  const out: string[] = [];
  out.push(`# ${name}${t.title ? `: ${t.title}` : ''}`);
  t.commands.forEach((c, i) => {
    out.push('', `$ ${c.cmd}`);
    for (const line of c.stdout.split('\n').filter((l, j, all) => l !== '' || j < all.length - 1)) out.push(`  | ${line}`);
    for (const line of c.stderr.split('\n').filter(Boolean)) out.push(`  ! ${line}`);
    if (opts.simple) {
      for (const g of groupSteps(c.events, c.walkFrom)) out.push(`  - ${renderCaption(groupCaption(g, c.events))}`);
      out.push(`  exit ${c.status}`);
      return;
    }
    let depth = 0;
    for (let j = 0; j < c.count; j++) {
      const e = c.events[j];
      if (e.type === 'copy-up' && e.phase === 'end') depth = Math.max(0, depth - 1);
      const prefix = j >= c.walkFrom ? '  (while listing the tree) ' : `  ${'  '.repeat(depth)}- `;
      out.push(prefix + renderCaption(caption(e)));
      if (e.type === 'copy-up' && e.phase === 'begin') depth++;
    }
    out.push(`  exit ${c.status}${i === t.commands.length - 1 ? '' : ''}`);
  });
  return `${out.join('\n')}\n`;
}
