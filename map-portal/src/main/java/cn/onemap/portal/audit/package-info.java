/**
 * The audit log: who did what to whom and when (account and key administration, failed sign-ins,
 * lockouts, unlocks), kept in the table {@code om_audit} so every node writes to and reads from the
 * same log, and echoed to the SLF4J logger {@code onemap.audit} for log shippers.
 */
package cn.onemap.portal.audit;
