package nl.migstat.fetch;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One table to download: the publisher's id ({@code cbs:84809NED}, {@code
 * eurostat:migr_asyappctza}), how it is published, and where it goes inside the job's raw folder (a
 * folder for a CBS table, a file for a Eurostat dataset).
 *
 * @param source publisher and table id, {@code cbs:<id>} or {@code eurostat:<id>}
 * @param kind the publication format to download
 * @param target a relative path inside the raw folder, without {@code ..}
 */
public record FetchSpec(String source, Kind kind, String target) {
  /** CBS and Eurostat ids are letters, digits and underscores: anything else is refused. */
  private static final Pattern TABLE_ID = Pattern.compile("[A-Za-z0-9_]{1,64}");

  /** The publication formats the fetcher can download. */
  public enum Kind {
    /** CBS OData v3 (opendata.cbs.nl/ODataApi): TypedDataSet plus metadata entity sets. */
    CBS_ODATA_V3("cbs"),
    /**
     * CBS OData v3 through the ODataFeed (opendata.cbs.nl/ODataFeed), CBS's service for large
     * downloads: the same entity sets and pages, no limit on the number of records.
     */
    CBS_ODATA_V3_FEED("cbs"),
    /** CBS OData v4 (odata4.cbs.nl): Observations plus metadata entity sets. */
    CBS_ODATA_V4("cbs"),
    /** Eurostat bulk TSV, gzip-compressed, from the SDMX 2.1 dissemination API. */
    EUROSTAT_TSV("eurostat"),
    /** Eurostat SDMX-CSV 2.0 from the SDMX 3.0 dissemination API. */
    EUROSTAT_SDMX_CSV("eurostat");

    private final String publisher;

    Kind(String publisher) {
      this.publisher = publisher;
    }

    /** The source prefix this kind belongs to: {@code cbs} or {@code eurostat}. */
    public String publisher() {
      return publisher;
    }
  }

  /** Checks the fields, so a bad job file fails before any request is sent. */
  public FetchSpec {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    String prefix = kind.publisher() + ":";
    if (!source.startsWith(prefix)) {
      throw new IllegalArgumentException(
          "source '" + source + "' does not start with '" + prefix + "' as " + kind + " needs");
    }
    if (!TABLE_ID.matcher(source.substring(prefix.length())).matches()) {
      throw new IllegalArgumentException(
          "source '" + source + "': the table id may hold only letters, digits and '_'");
    }
    checkRelative(target);
  }

  /** The publisher's table id without the prefix, e.g. {@code 84809NED}. */
  public String tableId() {
    return source.substring(kind.publisher().length() + 1);
  }

  /** Whether the target is a folder (CBS) rather than one file (Eurostat). */
  public boolean targetIsFolder() {
    return kind == Kind.CBS_ODATA_V3 || kind == Kind.CBS_ODATA_V3_FEED || kind == Kind.CBS_ODATA_V4;
  }

  private static void checkRelative(String target) {
    Path path = Path.of(target);
    boolean bad =
        target.isBlank()
            || path.isAbsolute()
            || target.startsWith("/")
            || target.startsWith("\\")
            || target.toLowerCase(Locale.ROOT).matches("^[a-z]:.*");
    for (Path part : path) {
      String name = part.toString();
      bad |= name.equals("..") || name.equals(".") || name.isEmpty();
    }
    if (bad) {
      throw new IllegalArgumentException(
          "target '" + target + "' must be a relative path inside the raw folder, without '..'");
    }
  }
}
