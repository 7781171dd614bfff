import { describe, expect, it } from 'vitest';
import { formatScenario, splitScenario } from './script.ts';

describe('splitScenario: the Chinese title and description', () => {
  const text = [
    '# title: Copy-up on edit',
    '# description: Editing a lower file',
    '#   copies it up.',
    '# title.zh: 编辑时 copy-up',
    '# description.zh: 编辑下层文件',
    '#   会把它 copy-up。',
    'mkdir lower upper work merged',
    '# a comment, not metadata',
    'touch lower/a',
  ].join('\n');

  it('reads # title.zh: and # description.zh: beside the English, continuation lines joined without a space', () => {
    const s = splitScenario(text);
    expect(s.title).toBe('Copy-up on edit');
    expect(s.description).toBe('Editing a lower file copies it up.');
    expect(s.titleZh).toBe('编辑时 copy-up');
    expect(s.descriptionZh).toBe('编辑下层文件会把它 copy-up。');
  });

  it('keeps them out of the steps (they are comments to sh and the kernel oracle)', () => {
    expect(splitScenario(text).steps.map((st) => st.source)).toEqual(['mkdir lower upper work merged', 'touch lower/a']);
  });

  it('writes them back after the English, and reads back what it wrote', () => {
    const again = splitScenario(formatScenario(splitScenario(text)));
    expect(again).toMatchObject({ title: 'Copy-up on edit', titleZh: '编辑时 copy-up', descriptionZh: '编辑下层文件会把它 copy-up。' });
  });

  it('a script without them has neither', () => {
    const s = splitScenario('# title: t\ntouch a\n');
    expect(s.titleZh).toBeUndefined();
    expect(s.descriptionZh).toBeUndefined();
  });
});
