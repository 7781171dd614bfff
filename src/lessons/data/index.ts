// The lesson path, in order. A new lesson is a file here plus its text in
// every language (see ../README.md).
import fourDirs from './01-four-dirs.ts';
import copyUp from './02-copy-up.ts';
import whiteouts from './03-whiteouts.ts';
import opaque from './04-opaque.ts';
import imageLayers from './05-image-layers.ts';
import renameDirs from './06-rename-dirs.ts';
import linksIndexMetacopy from './07-links-index-metacopy.ts';
import readOnly from './08-read-only.ts';
import dockerOverlay2 from './09-docker-overlay2.ts';
import yourImage from './10-your-image.ts';
import type { Lesson } from '../types.ts';

export const LESSONS: readonly Lesson[] = [fourDirs, copyUp, whiteouts, opaque, imageLayers, renameDirs, linksIndexMetacopy, readOnly, dockerOverlay2, yourImage];
