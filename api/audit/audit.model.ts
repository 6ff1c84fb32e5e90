// The AuditEntry model lives in core/audit-log.ts (core records every change); this path stays for
// the generated resolver types (codegen.yml's AuditEntry mapper) and existing imports.
export { AuditEntry, type AuditAction, type AuditEntryDoc } from '../core/audit-log';
