/**
 * The simulated FortiGate. Plain TypeScript: no React, no DOM, no fetch. The REST door (src/api) and
 * the CLI interpreter are its only callers; the GUI reaches it through src/client.
 */
export {
  CHANGE_LOG_SIZE,
  DEVICE_ORIGIN,
  Device,
  Tx,
  mkeyOf,
  type ChangeOrigin,
  type ChangeRecord,
  type Listener,
  type LogEntry,
} from './config';
export { FixedClock, FIXED_EPOCH_MS, type Clock } from './clock';
export { DeviceError, type ErrorCode } from './errors';
export { stateProblems } from './integrity';
export { compactRow, defaultRow, expandRow } from './rows';
export {
  exportState,
  importState,
  importLogged,
  changeBetween,
  applyChange,
  stepsOf,
  withSteps,
  snapshotText,
  MAX_REVISIONS,
  MAX_REVISION_BYTES,
  UnusableChange,
  FORMAT_VERSION,
  STORAGE_KEY,
  type Loaded,
  type StoredChange,
} from './storage-format';
export {
  buildScenario,
  DEFAULT_SCENARIO,
  isScenarioName,
  scenarioNames,
  type ScenarioName,
} from './scenarios';
export * from './schema';
export type { Compliance, DeviceState, EndpointInfo, Identity, SavedRevision, TableData } from './state';
export * from './values';
export * from './monitor/endpoints';
export * from './monitor/system';
export * from './monitor/fabric';
export * from './cli';
export { changesSince } from './changes';
export { isSh2, sh2Hash, verifyAdminPassword } from './admin-password';
export { applyCliLines, cliDiff } from './cli/diff';
export {
  LOGOUT_COMMENT,
  MAX_COMMENT_LENGTH,
  deleteRevisions,
  firmwareOf,
  restoreRevision,
  revisionFile,
  revisionList,
  revisionListLines,
  revisionState,
  revisionTime,
  saveOnLogout,
  saveRevision,
  updateRevisionComment,
} from './revisions';
export { revisionDiff, type RevisionSide } from './revision-diff';
export { compareRevisions, revisionOf, sameRevision } from './revision';
