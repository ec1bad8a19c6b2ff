package nl.migstat.disclosure;

/** What the pipeline knows of a count before disclosure control. */
public enum InputState {
  /** The count has a value. */
  VALUE,
  /**
   * The source published it as secret (CBS {@code x}, Eurostat {@code c}): its value is unknown
   * here, and our tables must not let a reader recompute it (RELIABILITY.md).
   */
  SECRET_AT_SOURCE,
  /** No figure ({@code .}, empty): not secret, just unknown, to the reader as to us. */
  MISSING
}
