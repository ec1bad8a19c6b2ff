package nl.migstat.disclosure;

/** Where a count comes from: as the source publishes it, or computed by this pipeline. */
public enum Origin {
  /** A figure the publisher (CBS, Eurostat) publishes as such. */
  SOURCE,
  /** A figure this pipeline computes: a harmonised sum, a split estimate, a difference. */
  DERIVED
}
