// The audit log is below the domains that write it: server/audit/audit-log.ts. Admin modules keep this path.
export * from "@/server/audit/audit-log";
