// The shipped scenarios, for the picker. One lazily loaded chunk holds them
// all (about 60 KB of text, a fraction of that gzipped): the first paint
// never waits for it, and the picker can show every title at once instead
// of fetching a hundred files to read their first lines.
import { splitScenario } from '../../scenario/script.ts';

export interface CorpusEntry {
  file: string;
  title: string;
  description: string;
  /** `# title.zh:` and `# description.zh:` (every shipped scenario has both: tools/scenarios.test.ts). */
  titleZh: string;
  descriptionZh: string;
  /** A regression the differential test kept (fuzz-*.sh): replayed by the tests, not offered to learners. */
  internal: boolean;
  /** The group in the picker: the file name's first word (copy, mount, rename...). */
  group: string;
  text: string;
}

/** Scenarios kept as regressions, not lessons: the fuzzer's finds. */
export const isInternal = (file: string) => file.startsWith('fuzz-');

const files = import.meta.glob('/scenarios/*.sh', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export const CORPUS: CorpusEntry[] = Object.entries(files)
  .map(([path, text]) => {
    const file = path.split('/').pop()!;
    let meta: { title?: string; description?: string; titleZh?: string; descriptionZh?: string } = {};
    try {
      meta = splitScenario(text);
    } catch {
      // A shipped file that does not split still opens, and then says why.
    }
    const title = meta.title ?? file;
    const description = meta.description ?? '';
    return { file, title, description, titleZh: meta.titleZh ?? title, descriptionZh: meta.descriptionZh ?? description, internal: isInternal(file), group: file.split('-')[0], text };
  })
  .sort((a, b) => (a.file < b.file ? -1 : 1));
