package nl.migstat.job;

import java.util.List;

/**
 * A run whose published cells would let a reader recompute a secret count, or narrow it below the
 * rule: the audit's findings, one line per cell, naming table, cell and interval. Nothing is
 * published.
 */
public final class DisclosureAuditException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** At most this many cells are listed; the message says how many more there are. */
  static final int LISTED = 20;

  DisclosureAuditException(String rule, List<String> findings) {
    super(message(rule, findings));
  }

  private static String message(String rule, List<String> findings) {
    StringBuilder m =
        new StringBuilder()
            .append("disclosure audit failed under ")
            .append(rule)
            .append(": ")
            .append(findings.size())
            .append(findings.size() == 1 ? " cell" : " cells")
            .append(" can be narrowed below the rule from the published cells");
    findings.stream()
        .limit(LISTED)
        .forEach(f -> m.append(System.lineSeparator()).append("  ").append(f));
    if (findings.size() > LISTED) {
      m.append(System.lineSeparator())
          .append("  … and ")
          .append(findings.size() - LISTED)
          .append(" more");
    }
    m.append(System.lineSeparator())
        .append(
            "  (only counts the rule covers can be complements: with applies_to: derived a count"
                + " the source publishes is never hidden; applies_to: all lets every count be one)");
    return m.toString();
  }
}
