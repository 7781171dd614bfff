// Small line icons that carry a cell's kind next to its word, so colour is
// never the only sign: a whiteout is a struck circle, an opaque directory a
// filled folder, a redirect an arrow.
import type { Cell } from '../../engine/explain.ts';

const P = { fill: 'none', stroke: 'currentColor', strokeWidth: 1.6, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

function paths(c: Cell) {
  switch (c.kind) {
    case 'file':
      return (
        <>
          <path {...P} d="M4 2h6l3 3v9H4z" />
          <path {...P} d="M10 2v3h3" />
          {c.metacopy && <path {...P} d="M6 9h5M6 11.5h3" strokeDasharray="1.5 1.5" />}
        </>
      );
    case 'dir':
      return (
        <>
          <path {...P} d="M2 4h4l1.5 1.5H14V13H2z" fill={c.opaque ? 'currentColor' : 'none'} />
          {c.redirect !== undefined && <path {...P} d="M6 9.5h5m-2-2 2 2-2 2" stroke={c.opaque ? 'var(--bg)' : 'currentColor'} />}
        </>
      );
    case 'symlink':
      return <path {...P} d="M3 12c0-4 3-6 8-6m-2-2.5L11.5 6 9 8.5" />;
    case 'whiteout':
      return (
        <>
          <circle {...P} cx="8" cy="8" r="5.5" />
          <path {...P} d="M4.2 11.8l7.6-7.6" />
        </>
      );
    case 'absent':
      return <path {...P} d="M6 8h4" opacity="0.6" />;
    case 'unresolvable':
      return <path {...P} d="M6 6a2 2 0 1 1 2 2v1.5M8 12v.2" />;
    default:
      return <rect {...P} x="3.5" y="3.5" width="9" height="9" rx="1.5" />;
  }
}

export function KindIcon({ cell }: { cell: Cell }) {
  return (
    <svg className="kind-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {paths(cell)}
    </svg>
  );
}
