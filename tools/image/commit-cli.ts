// `image commit IMAGE SCRIPT.sh -o OUT.tar [--format oci|docker] [--tag T] [--narrate]`:
// a new container on the image, the script run in it (its working
// directory the container's root), its upper committed as a new layer, and
// the image with that layer written out.
import { createWriteStream, readFileSync, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { commitContainer } from '../../src/image/commit.ts';
import { exportImage, exportLayer } from '../../src/image/export.ts';
import { openImage } from '../../src/image/open.ts';
import { runInContainer } from '../../src/image/run-script.ts';
import { imageWorkspace, startContainer } from '../../src/image/workspace.ts';
import { narrate } from '../../src/replay/narrate.ts';
import { ScriptRejected } from '../../src/scenario/run.ts';
import { ScenarioFormatError } from '../../src/scenario/script.ts';
import { fileSource, nodeSha256 } from './node-io.ts';

export interface CommitArgs {
  out: string;
  /** oci or docker: the whole image; layer: the committed layer alone, as a plain tar. */
  format: 'oci' | 'docker' | 'layer';
  tag?: string;
  narrate: boolean;
  flags: Map<string, string | true>;
  print: (text: string) => void;
}

export async function runCommit(imagePath: string, scriptPath: string, a: CommitArgs): Promise<number> {
  let script: string;
  try {
    script = readFileSync(scriptPath, 'utf8');
  } catch {
    process.stderr.write(`image: ${scriptPath}: no such file\n`);
    return 1;
  }
  const src = fileSource(imagePath);
  try {
    const image = await openImage(src, { hash: nodeSha256, image: a.flags.get('--image') as string | undefined, platform: a.flags.get('--platform') as string | undefined });
    const w = startContainer(imageWorkspace(image, { hash: nodeSha256 }), 'commit');
    let run: ReturnType<typeof runInContainer>;
    try {
      run = runInContainer(w, 'commit', script);
    } catch (e) {
      if (e instanceof ScriptRejected) {
        for (const d of e.diagnostics) process.stderr.write(`image: ${scriptPath}:${d.line}:${d.column}: ${d.message}\n`);
        return 1;
      }
      if (e instanceof ScenarioFormatError) {
        process.stderr.write(`image: ${scriptPath}: ${e.message}\n`);
        return 1;
      }
      throw e;
    }
    if (a.narrate) a.print(narrate(run.timeline, scriptPath.split('/').pop()!));
    const layer = await commitContainer(run.workspace, 'commit');
    const tmp = `${a.out}.partial`;
    const out = createWriteStream(tmp);
    try {
      const added = { tar: layer.tar, diffId: layer.diffId, createdBy: `/bin/sh ${scriptPath.split('/').pop()}` };
      const chunks = a.format === 'layer' ? exportLayer(added) : exportImage(src, image, [added], { format: a.format, tag: a.tag, created: new Date().toISOString(), hash: nodeSha256 });
      for await (const chunk of chunks) {
        if (!out.write(chunk)) await once(out, 'drain');
      }
      out.end();
      await once(out, 'finish');
      renameSync(tmp, a.out);
    } catch (e) {
      out.destroy();
      rmSync(tmp, { force: true });
      throw e;
    }
    const failed = run.timeline.commands.filter((c) => c.status !== 0).length;
    process.stderr.write(`image: committed layer ${layer.diffId} (${layer.entries} entries, ${layer.whiteouts} whiteouts, ${layer.opaqueDirs} opaque dirs) to ${a.out} (${a.format})${failed ? `; ${failed} step(s) of the script failed` : ''}\n`);
    return 0;
  } finally {
    src.close();
  }
}
