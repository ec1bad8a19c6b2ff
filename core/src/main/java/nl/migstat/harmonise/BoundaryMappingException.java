package nl.migstat.harmonise;

/**
 * A municipal figure that cannot be faithfully carried to the requested boundaries: a later
 * municipality that absorbed or received part of others cannot be taken apart backward, and a
 * non-count measure cannot be summed or split (DESIGN.md "Harmonisation rules").
 */
public final class BoundaryMappingException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public BoundaryMappingException(String message) {
    super(message);
  }
}
