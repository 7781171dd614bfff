// The example image lesson 10 offers: the smallest of the fixtures made by
// real tools (scripts/make-image-fixtures.sh), an OCI archive of four
// zstd-compressed layers, 13 kB. Imported by URL so the build ships it as
// an asset (and the service worker precaches it: vite.config.ts), fetched
// only when the learner asks for it.
import exampleUrl from '../../fixtures/images/ks-oci-zstd.tar?url';

/** The name the session and the header show for it. */
export const EXAMPLE_IMAGE_NAME = 'example-image.tar';

export const EXAMPLE_IMAGE_URL: string = exampleUrl;

/** How the example's bytes are got: fetched in the browser; tests put a file reader here. */
let loader: () => Promise<Blob> = async () => {
  const r = await fetch(exampleUrl);
  if (!r.ok) throw new Error(`${exampleUrl}: HTTP ${r.status}`);
  return r.blob();
};

export function loadExampleImage(): Promise<Blob> {
  return loader();
}

/** For tests (Node has no server to fetch the asset from). */
export function setExampleImageLoader(f: () => Promise<Blob>): void {
  loader = f;
}
