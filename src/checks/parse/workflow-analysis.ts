// What a reviewer reads in a project's GitHub Actions workflows: is coverage a gate (and at what value),
// do the secret and dependency scans block the build, which Python versions are tested, and when the
// workflows run. Input is already YAML-parsed; config files come in as texts.
// The analyses live in one file each; this module is their single entry point.
export { triggers, type Trigger, type WorkflowInput } from './workflow-model.js';
export { resolveText, type Resolved, type UnresolvedReason, type UnresolvedRef } from './workflow-env.js';
export type { ToolConfigTexts } from './tool-config.js';
export { coverageGates, type CoverageAnalysis, type CoverageGate, type CoverageGateCode, type CoverageNoteCode } from './workflow-coverage.js';
export { scanSteps, type DependabotInput, type PreCommitInput, type ScanCategory, type ScanReasonCode, type ScanStep, type ScanTool } from './workflow-scans.js';
export { pythonMatrix, type PythonMatrix, type PythonMatrixCode } from './workflow-python.js';
