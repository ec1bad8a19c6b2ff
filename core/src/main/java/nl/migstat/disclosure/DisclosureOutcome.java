package nl.migstat.disclosure;

/**
 * What disclosure control decided for a run's tables, and the audit that proves it.
 *
 * @param pattern the status of every cell
 * @param audit the feasible interval of every secret count; the run fails unless it passed
 */
public record DisclosureOutcome(SuppressionPattern pattern, AuditReport audit) {}
