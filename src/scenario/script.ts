// A scenario file: `# title:` / `# description:` metadata (and their
// Simplified Chinese `# title.zh:` / `# description.zh:`, plain comments to
// sh and to the kernel oracle) and one step per non-empty, non-comment line. The syntax of each step is the shell's
// business (src/shell); this module only splits the file.

export interface ScenarioStep {
  /** 1-based line number in the file. */
  line: number;
  /** The step exactly as written (trailing white space trimmed). */
  source: string;
}

export interface ScenarioFile {
  title?: string;
  description?: string;
  /** `# title.zh:`: the title in Simplified Chinese. */
  titleZh?: string;
  /** `# description.zh:`: the description in Simplified Chinese. */
  descriptionZh?: string;
  steps: ScenarioStep[];
}

/** Longest script we accept: far beyond any lesson, short of hanging a tab. */
export const MAX_SCRIPT_BYTES = 1 << 20;
export const MAX_STEPS = 20_000;

type MetaKey = 'title' | 'description' | 'titleZh' | 'descriptionZh';

export class ScenarioFormatError extends Error {}

export function splitScenario(text: string): ScenarioFile {
  if (text.length > MAX_SCRIPT_BYTES) {
    throw new ScenarioFormatError(
      `the script is ${text.length} bytes; scenarios are limited to ${MAX_SCRIPT_BYTES} bytes`,
    );
  }
  if (text.includes('\0')) throw new ScenarioFormatError('the script contains a NUL byte: is it a text file?');
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const out: ScenarioFile = { steps: [] };
  let continuing: MetaKey | undefined;
  lines.forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    const trimmed = line.trimStart();
    if (trimmed.startsWith('#')) {
      if (i === 0 && trimmed.startsWith('#!')) return;
      const meta = /^#\s*(title|description)(\.zh)?:\s?(.*)$/.exec(trimmed);
      if (meta) {
        const key: MetaKey = meta[2] ? (meta[1] === 'title' ? 'titleZh' : 'descriptionZh') : (meta[1] as 'title' | 'description');
        out[key] = meta[3].trim();
        continuing = key;
        return;
      }
      // `#   more text` continues the field above it.
      const cont = /^#\s{2,}(\S.*)$/.exec(trimmed);
      if (continuing && cont) {
        // Chinese runs on without a space between the lines; English takes one.
        const sep = continuing.endsWith('Zh') ? '' : ' ';
        out[continuing] = `${out[continuing] ?? ''}${sep}${cont[1].trim()}`.trim();
        return;
      }
      continuing = undefined;
      return;
    }
    continuing = undefined;
    if (trimmed === '') return;
    out.steps.push({ line: i + 1, source: line });
  });
  if (out.steps.length > MAX_STEPS) {
    throw new ScenarioFormatError(`the script has ${out.steps.length} steps; the limit is ${MAX_STEPS}`);
  }
  return out;
}

/** Writes a scenario back as a script that runs unchanged on a real kernel. */
export function formatScenario(s: ScenarioFile): string {
  const head: string[] = [];
  if (s.title) head.push(`# title: ${s.title}`);
  if (s.description) head.push(`# description: ${s.description}`);
  if (s.titleZh) head.push(`# title.zh: ${s.titleZh}`);
  if (s.descriptionZh) head.push(`# description.zh: ${s.descriptionZh}`);
  return [...head, ...s.steps.map((st) => st.source)].join('\n') + '\n';
}
