package nl.migstat.disclosure;

/** What disclosure control decided for a cell; every status but the first hides the figure. */
public enum CellStatus {
  /** Shown as it is (rounded where the rule says so). */
  PUBLISHED(false),
  /** Secret by itself: a count below the threshold, or a figure derived from a secret count. */
  PRIMARY(true),
  /** Secret so that a primary secret cannot be recomputed or narrowed: a complement. */
  SECONDARY(true),
  /** Secret already in the source ({@code x}); kept secret, and kept from being recomputed. */
  SECRET_AT_SOURCE(true),
  /** No figure in the source ({@code .}): not secret, shown as missing. */
  MISSING(false);

  private final boolean secret;

  CellStatus(boolean secret) {
    this.secret = secret;
  }

  /** Whether the cell is shown as secret ({@code x}). */
  public boolean secret() {
    return secret;
  }

  /** Whether a reader does not see the cell's value: secret or missing. */
  public boolean hidden() {
    return this != PUBLISHED;
  }
}
