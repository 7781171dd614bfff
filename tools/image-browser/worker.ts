// A Web Worker that opens an image with the library, as the UI will: the
// file as a Blob (range reads through FileReaderSync), gzip through the
// browser's DecompressionStream, sha256 from @noble/hashes.
import { blobSource, formatTree, imageTree, imageWorkspace, openImage, runInContainer, startContainer } from '../../src/image/index.ts';

self.onmessage = async (e: MessageEvent<{ url: string; name: string }>) => {
  try {
    const blob = await (await fetch(e.data.url)).blob();
    const progress: number[] = [];
    const image = await openImage(blobSource(blob, e.data.name), { inlineLimit: 0, onProgress: (p) => progress.push(p.bytes) });
    const tree = formatTree(imageTree(image));
    const w = startContainer(imageWorkspace(image), 'c');
    const cat = runInContainer(w, 'c', 'cat usr/lib/big.bin\n').timeline.commands[0];
    self.postMessage({ tree, catLength: cat.stdout.length, catStatus: cat.status, progress: progress.length, hasDS: typeof DecompressionStream === 'function' });
  } catch (err) {
    self.postMessage({ error: String((err as Error)?.stack ?? err) });
  }
};
