package nl.migstat.ingest.odata;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.migstat.ingest.Sniff;

/**
 * The metadata sets of a CBS OData table recognised when one is given on its own (a saved {@code
 * DataProperties.json} or {@code MeasureCodes.json} holds no figures), with what to pass instead:
 * the folder that holds the set beside the data, or the data file alone. The set is named by the
 * response's own context URL ({@code …/84910NED/$metadata#Cbs.OData.WebAPI.DataProperties} in v3,
 * {@code …/85458NED/$metadata#MeasureCodes} in v4).
 */
final class MetadataSets {
  private static final Pattern V3 =
      Pattern.compile(
          "\"odata\\.metadata\"\\s*:\\s*\"[^\"]*?(?:/([0-9A-Za-z]+))?/\\$metadata#Cbs\\.OData"
              + "\\.WebAPI\\.([A-Za-z]+)\"");
  private static final Pattern V4 =
      Pattern.compile(
          "\"@odata\\.context\"\\s*:\\s*\"[^\"]*?(?:/([0-9A-Za-z]+))?/\\$metadata#([A-Za-z]+)\"");

  /** The header of DataProperties saved as CSV (MANIFEST A5): the OData type of each property. */
  private static final Pattern V3_CSV_PROPERTIES =
      Pattern.compile("\"?odata\\.type\"?[,;].*\\bKey\\b.*\\bTitle\\b.*");

  private MetadataSets() {}

  /** A v3 response of another set than the data ({@code TypedDataSet}), or empty. */
  static Optional<String> v3(Sniff sniff, String dataSet) {
    Matcher m = V3.matcher(head(sniff));
    if (sniff.isDirectory() || !m.find() || m.group(2).equals(dataSet)) {
      return Optional.empty();
    }
    String set = m.group(2);
    String what =
        set.equals("UntypedDataSet")
            ? "UntypedDataSet, the figures of " + table(m) + " as padded text"
            : set + " of " + table(m) + ", CBS OData v3 metadata without figures";
    return Optional.of(
        "this is "
            + what
            + ": pass the folder that holds it together with "
            + dataSet
            + ".json (as ./migstat fetch saves a table, fetch: cbs-odata-v3), which reads the"
            + " figures with these labels, or "
            + dataSet
            + ".json on its own (codes only)");
  }

  /** A v4 response of another set than the data ({@code Observations}), or empty. */
  static Optional<String> v4(Sniff sniff, String dataSet) {
    Matcher m = V4.matcher(head(sniff));
    if (sniff.isDirectory() || !m.find() || m.group(2).equals(dataSet)) {
      return Optional.empty();
    }
    return Optional.of(
        "this is "
            + m.group(2)
            + " of "
            + table(m)
            + ", CBS OData v4 metadata without figures: pass the folder that holds it together"
            + " with "
            + dataSet
            + ".json (as ./migstat fetch saves a table, fetch: cbs-odata-v4), which reads the"
            + " figures with these labels, or "
            + dataSet
            + ".json on its own (codes only)");
  }

  /** DataProperties saved as CSV on its own, or empty. */
  static Optional<String> v3Csv(Sniff sniff) {
    if (sniff.isDirectory() || !V3_CSV_PROPERTIES.matcher(sniff.firstLine()).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        "this is DataProperties saved as CSV (odata.type, Key, Title …), CBS OData v3 metadata"
            + " without figures: pass the folder that holds it together with TypedDataSet.csv,"
            + " which reads the figures as DataProperties types them");
  }

  private static String table(Matcher m) {
    return m.group(1) == null ? "a CBS table" : "table " + m.group(1);
  }

  /** The start of the text, where a response's context URL stands. */
  private static String head(Sniff sniff) {
    String t = sniff.text();
    return t.length() > 2000 ? t.substring(0, 2000) : t;
  }
}
