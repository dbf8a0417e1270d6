/**
 * The typed FortiOS REST client: the GUI's only way to the device (DESIGN.md). Screens import from
 * here, never from src/device or src/api.
 */
export { ApiError, DeviceNotStarted, request, type Envelope, type Query } from './http';
export { refusalOf, refusalText, type Refusal } from './refusal';
export { cmdb, type CmdbRow, type CmdbValue } from './cmdb';
export * from './monitor';
export { login, logout, hasLoginCookie } from './login';
export {
  compareRevisions,
  currentRevision,
  noteRevision,
  onRevision,
  REVISION_CHANNEL,
  sameRevision,
} from './revision';
export { cli, config, type CliAnswer, type CliCompletion, type ConfigFile } from './cli';
export { scenario } from './scenario';
export { changes, type ChangeRecord } from './changes';
export {
  revisions,
  firmwareLabel,
  type DiffSide,
  type RevisionEntry,
  type RevisionListAnswer,
} from './revisions';
