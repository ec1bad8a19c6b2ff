package nl.migstat.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * The publishers' base addresses, overridable so tests point at a loopback server: CBS OData v3
 * ({@code https://opendata.cbs.nl/ODataApi/OData/}), CBS OData v4 ({@code
 * https://odata4.cbs.nl/CBS/}) and the Eurostat dissemination API ({@code
 * https://ec.europa.eu/eurostat/api/dissemination/}).
 *
 * @param cbsV3 base of {@code <id>/TypedDataSet} and the v3 metadata entity sets
 * @param cbsV4 base of {@code <id>/Observations} and the v4 metadata entity sets
 * @param eurostat base of {@code sdmx/2.1/data/<id>} and {@code sdmx/3.0/data/dataflow/...}
 */
public record Endpoints(URI cbsV3, URI cbsV4, URI eurostat) {
  /** Requires each base to end in {@code /}, so ids resolve below it and not beside it. */
  public Endpoints {
    for (URI base : new URI[] {cbsV3, cbsV4, eurostat}) {
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
        URI.create("https://odata4.cbs.nl/CBS/"),
        URI.create("https://ec.europa.eu/eurostat/api/dissemination/"));
  }

  /**
   * All three publishers below one base (a test server): {@code v3/}, {@code v4/} and {@code
   * eurostat/}.
   */
  public static Endpoints under(URI base) {
    return new Endpoints(base.resolve("v3/"), base.resolve("v4/"), base.resolve("eurostat/"));
  }
}
