package nl.migstat.export;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What disclosure control did in the run: the rule, the cells it judged, what it kept secret and
 * why, what the audit proved, and how long it took.
 *
 * @param threshold a count of fewer persons than this is secret
 * @param roundTo counts the pipeline derives are shown as multiples of this
 * @param protection the share of a secret count its feasible interval must reach each way
 * @param appliesTo {@code derived} or {@code all}
 * @param cells counts and derived figures under the rule's control
 * @param equations sums between counts, within and across tables
 * @param secretPrimary cells secret by themselves (small counts, figures over them)
 * @param secretSecondary cells kept secret so that no secret count can be recomputed
 * @param secretAtSource counts the source published as secret
 * @param narrowestRelativeInterval the least reach, as a share of its value, of the feasible
 *     interval of a primary count on its nearer side (1: it may be 0); null without one
 * @param suppressionSeconds primary and secondary suppression
 * @param auditSeconds the audit's linear programmes
 * @param tables per table with cells under control
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({
  "threshold",
  "round_to",
  "protection",
  "applies_to",
  "cells",
  "equations",
  "secret_primary",
  "secret_secondary",
  "secret_at_source",
  "narrowest_relative_interval",
  "suppression_seconds",
  "audit_seconds",
  "tables"
})
public record DisclosureRecord(
    int threshold,
    @JsonProperty("round_to") int roundTo,
    double protection,
    @JsonProperty("applies_to") String appliesTo,
    int cells,
    int equations,
    @JsonProperty("secret_primary") int secretPrimary,
    @JsonProperty("secret_secondary") int secretSecondary,
    @JsonProperty("secret_at_source") int secretAtSource,
    @JsonProperty("narrowest_relative_interval") Double narrowestRelativeInterval,
    @JsonProperty("suppression_seconds") double suppressionSeconds,
    @JsonProperty("audit_seconds") double auditSeconds,
    List<Table> tables) {
  /** Tables absent read as none. */
  public DisclosureRecord {
    tables = tables == null ? List.of() : List.copyOf(tables);
  }

  /**
   * Disclosure control of one table.
   *
   * @param name the table
   * @param cells its counts and derived figures under control
   * @param primary cells secret by themselves
   * @param secondary cells kept secret as complements
   * @param secretAtSource counts secret in the source
   * @param rounded counts shown rounded
   * @param footnoted whether it carries the footnote that its totals may differ from the sum of
   *     their rounded parts
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonPropertyOrder({
    "name",
    "cells",
    "primary",
    "secondary",
    "secret_at_source",
    "rounded",
    "footnoted"
  })
  public record Table(
      String name,
      int cells,
      int primary,
      int secondary,
      @JsonProperty("secret_at_source") int secretAtSource,
      int rounded,
      boolean footnoted) {}
}
