package nl.migstat.harmonise;

import java.util.Locale;

/**
 * A {@code GM} code that is neither on the CBS municipality list of its year nor an old code of the
 * bundled change table (MANIFEST C2, C3), so it cannot be mapped to a reference year.
 */
public final class UnknownMunicipalityException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final int year;

  public UnknownMunicipalityException(String code, int year, int referenceYear) {
    super(
        String.format(
            Locale.ROOT,
            "unknown municipality %s in %d (mapping to %d): not on the CBS list of %d and not an old"
                + " code in codelists/municipal-changes.csv",
            code,
            year,
            referenceYear,
            year));
    this.code = code;
    this.year = year;
  }

  public String code() {
    return code;
  }

  public int year() {
    return year;
  }
}
