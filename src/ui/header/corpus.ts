// The shipped scenarios, for the picker. One lazily loaded chunk holds them
// all (about 60 KB of text, a fraction of that gzipped): the first paint
// never waits for it, and the picker can show every title at once instead
// of fetching a hundred files to read their first lines.
import { splitScenario } from '../../scenario/script.ts';

export interface CorpusEntry {
  file: string;
  title: string;
  description: string;
  /** The group in the picker: the file name's first word (copy, mount, rename...). */
  group: string;
  text: string;
}

const files = import.meta.glob('/scenarios/*.sh', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const CORPUS: CorpusEntry[] = Object.entries(files)
  .map(([path, text]) => {
    const file = path.split('/').pop()!;
    let meta: { title?: string; description?: string } = {};
    try {
      meta = splitScenario(text);
    } catch {
      // A shipped file that does not split still opens, and then says why.
    }
    return { file, title: meta.title ?? file, description: meta.description ?? '', group: file.split('-')[0], text };
  })
  .sort((a, b) => (a.file < b.file ? -1 : 1));
