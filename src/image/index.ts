// Container images in Overlay Lab: the library's public surface, for the
// UI (loaded lazily, in a Web Worker or not) and for tools/. See README.md.
export { openImage, namingArchive, type OpenOptions, type OpenProgress } from './open.ts';
export { verifyImage, layerDigests, layersToCheck, applyLayerDigests, imageVerified, type LayerToCheck, type LayerDigests, type DigestOptions } from './verify.ts';
export { memorySource, blobSource, loadBlob, type ByteSource } from './source.ts';
export { ImageError, isImageError, type ImageErrorCode, type ImageErrorParams } from './errors.ts';
export type { Image, ImageLayer, HistoryRow } from './image.ts';
export type { ArchiveFormat, ImageConfig } from './manifests.ts';
export { layerTarNames, walkLayer, type LayerNode, type LayerTree, type LayerStats, type NodeKind } from './layer.ts';
export { analyzeImage, pathVersions, forEachPath, diveFigure, type ImageAnalysis, type LayerWaste, type WastedPath, type DiveFigure, type PathVersion, type VersionStatus, type Hidden, type HideKind } from './analysis.ts';
export { imageWorkspace, startContainer, imageGraphDriver, type ImageWorkspace, type Container, type GraphDriver, type WorkspaceOptions } from './workspace.ts';
export { imageView, imageTree, containerTree } from './view.ts';
export { walkMerged, formatTree, formatRow, escapeField, TREE_HEADER, type TreeRow, type TreeType, type MergedTree } from './tree.ts';
export { containerStartLine, runningContainers, nextContainerName, containerDirExists, containerId, type ContainerInfo } from './containers.ts';
export { runInContainer, type ContainerRun } from './run-script.ts';
export { commitContainer, upperEntries, type CommittedLayer } from './commit.ts';
export { exportImage, exportLayer, inflateLayer, extendConfig, type AddedLayer, type ExportOptions } from './export.ts';
export { nobleSha256, wasmSha256, webCryptoDigest, asyncOf, type Sha256, type Sha256Factory, type AsyncSha256, type AsyncSha256Factory } from './hash.ts';
export { ContentStore } from './content.ts';
export { decodeName, encodeName, compareNames } from './names.ts';
export { DOCKER_HOME, type Overlay2Layer, type LayerFact } from './overlay2.ts';
