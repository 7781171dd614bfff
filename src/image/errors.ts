// What can go wrong when an image is opened, run or written, as typed
// errors: a stable code the UI translates, the params its message needs
// (always the file or member at fault), and an English message for the
// command line. Nothing is applied when one is thrown: opening builds a new
// value and hands it over only once everything has been read and checked.

export type ImageErrorCode =
  /** Neither a tar nor a known compressed stream. */
  | 'not-an-archive'
  /** The stream ended inside a header or an entry. */
  | 'truncated'
  /** A tar header failed its checksum or could not be parsed. */
  | 'corrupt-tar'
  /** gzip or zstd reported an error part way through. */
  | 'decompress-failed'
  /** A manifest, index or config that is not the JSON it should be. */
  | 'bad-manifest'
  /** A manifest names a blob the archive does not hold. */
  | 'missing-blob'
  /** A blob's sha256 is not the digest that names it. */
  | 'digest-mismatch'
  /** A blob's length is not the size its descriptor gives. */
  | 'size-mismatch'
  /** A layer's uncompressed sha256 is not the config's rootfs.diff_ids entry. */
  | 'diff-id-mismatch'
  /** A media type or format this reader does not know. */
  | 'unsupported'
  /** An archive with several images and no choice made. */
  | 'ambiguous-image'
  /** An archive with no image in it (or none for the chosen platform or tag). */
  | 'no-image'
  /** An entry named with `..` that climbs out, or an absolute name. */
  | 'unsafe-path'
  /** An entry whose parent is a symlink: writing through it could land anywhere. */
  | 'path-through-symlink'
  /** An entry under a name that this layer holds as a file, not a directory. */
  | 'parent-not-dir'
  /** A hard link to a name that is not in the same layer. */
  | 'bad-hardlink'
  /** `.wh.`, `.wh..` and similar names that whiteout nothing in the directory. */
  | 'bad-whiteout'
  /** A tar entry type that a layer cannot hold (sparse, volume...). */
  | 'unsupported-entry'
  /** A size beyond the limits (an entry, a blob, a whole image). */
  | 'too-large'
  /** A compressed stream that expands past the allowed ratio. */
  | 'decompression-bomb'
  /** The caller's AbortSignal fired. */
  | 'aborted'
  /** The container or commit step failed (a script error, a missing container). */
  | 'container';

export type ImageErrorParams = Record<string, string | number>;

export class ImageError extends Error {
  readonly code: ImageErrorCode;
  readonly params: ImageErrorParams;

  constructor(code: ImageErrorCode, params: ImageErrorParams, message: string) {
    super(message);
    this.name = 'ImageError';
    this.code = code;
    this.params = params;
  }
}

export const isImageError = (e: unknown): e is ImageError => e instanceof ImageError;

/** `where` names the file inside the archive ("blobs/sha256/ab12..." or "layer.tar"), "" for the archive itself. */
export function at(where: string): string {
  return where === '' ? '' : `${where}: `;
}
