export { renderAuditReport, escapeHtml, scriptSafeJson, type AuditReportInput } from './report.js';
export { summarizeAudit, readRecord, REFUSAL_ADVICE, type AuditSummary, type ReportRecord, type ReportAgent, type PivotRow, type CallGroup, type ApprovalItem, type BudgetRow, type ErrorGroup, type UnfinishedItem, type RecoveryItem, type RecordBudget } from './summary.js';
export {
  writeAuditReportFromFile,
  writeAuditReportFromPostgres,
  runAuditReportCommand,
  describeVerification,
  readAuditLines,
  type AuditReportOptions,
  type AuditReportResult,
  type AuditReportCommand,
} from './write.js';
