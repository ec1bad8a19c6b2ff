package nl.migstat.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * The publishers' base addresses, overridable so tests point at a loopback server: CBS OData v3
 * ({@code https://opendata.cbs.nl/ODataApi/OData/}), its feed for large tables ({@code
 * https://opendata.cbs.nl/ODataFeed/odata/}), CBS OData v4 ({@code https://odata4.cbs.nl/CBS/}) and
 * the Eurostat dissemination API ({@code https://ec.europa.eu/eurostat/api/dissemination/}).
 *
 * @param cbsV3 base of {@code <id>/TypedDataSet} and the v3 metadata entity sets
 * @param cbsV3Feed base of the same entity sets without the API's size limit
 * @param cbsV4 base of {@code <id>/Observations} and the v4 metadata entity sets
 * @param eurostat base of {@code sdmx/2.1/data/<id>}, {@code sdmx/3.0/data/dataflow/...} and {@code
 *     1.0/async/...}
 */
public record Endpoints(URI cbsV3, URI cbsV3Feed, URI cbsV4, URI eurostat) {
  /** Requires each base to end in {@code /}, so ids resolve below it and not beside it. */
  public Endpoints {
    for (URI base : new URI[] {cbsV3, cbsV3Feed, cbsV4, eurostat}) {
      Objects.requireNonNull(base, "endpoint");
      if (!base.getPath().endsWith("/") || !base.isAbsolute()) {
        throw new IllegalArgumentException("endpoint must be absolute and end in '/': " + base);
      }
    }
  }

  /** The publishers' real addresses. */
  public static Endpoints defaults() {
    return new Endpoints(
        URI.create("https://opendata.cbs.nl/ODataApi/OData/"),
        URI.create("https://opendata.cbs.nl/ODataFeed/odata/"),
        URI.create("https://odata4.cbs.nl/CBS/"),
        URI.create("https://ec.europa.eu/eurostat/api/dissemination/"));
  }

  /**
   * All publishers below one base (a mirror, a test server): {@code v3/}, {@code v3feed/}, {@code
   * v4/} and {@code eurostat/}.
   */
  public static Endpoints under(URI base) {
    return new Endpoints(
        base.resolve("v3/"),
        base.resolve("v3feed/"),
        base.resolve("v4/"),
        base.resolve("eurostat/"));
  }
}
