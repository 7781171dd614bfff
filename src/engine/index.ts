// The engine's public surface.
export * from './api.ts';
export * from './errno.ts';
export type { EngineEvent, Cause, LayerProbe, LayerName, ProbeOutcome, EventType } from './events.ts';
export { Kernel, type Recorded, type OpenFile } from './kernel.ts';
export { createWorkspace, type Workspace, type OverlayMount, type Loc, type Layer } from './workspace.ts';
export { snapshotTree, type TreeEntry } from './snapshot.ts';
export { utf8Encode, utf8Decode, utf8DecodeLossy, isPrintableText, bytesToHex, hexToBytes } from './bytes.ts';
export type { Ino, Inode } from './fs/inode.ts';
