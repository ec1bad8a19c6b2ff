package nl.migstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.migstat.SharedData;
import org.junit.jupiter.api.Test;

/**
 * Every CBS and Eurostat export in {@code ../shared/data-real/} (MANIFEST parts A and B) is read
 * through format detection, with the format the MANIFEST describes, every record accounted for and
 * rejects only in the files marked touched. Part C (municipality lists and boundary tables) are
 * reference lists for harmonisation, not exports; the test makes sure no file is left unlisted.
 */
class RealExportsTest {
  private static final Map<String, String> FORMATS = new LinkedHashMap<>();
  private static final Map<String, Double> MAX_REJECT_SHARE =
      Map.of(
          "cbs-statline-lex0803/2015_onderwijsniveau.csv", 0.07,
          "cbs-statline-lex0803/2023_onderwijsniveau.csv", 0.07);
  private static final Set<String> REFERENCE_LISTS =
      Set.of(
          "cbs-gemeentelijke-indeling-nlextract", "cbs-gemeenten-alfabetisch-edugis",
          "rvig-tabel33-landelijketabellencatalogus", "cbs-geo");

  static {
    String dhzw = "cbs-dhzw-marcopellegrino/den_haag_2019/";
    FORMATS.put(dhzw + "gender_age_migration-84910NED.csv", "cbs-odata-csv");
    FORMATS.put(dhzw + "marginal_distributions_84583NED.csv", "cbs-odata-csv");
    FORMATS.put(dhzw + "gender_age-03759NED.csv", "cbs-odata-csv");
    FORMATS.put(dhzw + "edu_current-71450NED.csv", "cbs-odata-csv");
    FORMATS.put(dhzw + "household_gender_age-71488ned.csv", "statline-label-csv");
    String lib = "cbs-03742-83102NED-liberal-artists/";
    for (String f :
        List.of(
            "data_age.csv", "data_mar_status.csv", "Asylum NL.csv", "Asylum International.csv")) {
      FORMATS.put(lib + f, "cbs-odata-csv");
    }
    // Files the MANIFEST describes but keeps aside for acceptance checks: read when present.
    FORMATS.put(
        "cbs-dhzw-marcopellegrino/ams_2019/gender_age_migration-84910NED.csv", "cbs-odata-csv");
    FORMATS.put(
        "cbs-dhzw-marcopellegrino/ams_2019/marginal_distributions_84583NED.csv", "cbs-odata-csv");
    FORMATS.put(lib + "data_gender.csv", "cbs-odata-csv");
    FORMATS.put("cbs-84066NED-37789ksz-veranijmeijer/social_security.csv", "cbs-odata-csv");
    FORMATS.put("eurostat-neqqii/lfso_08cobr.tsv", "eurostat-tsv");
    FORMATS.put("eurostat-jatofi/permits.csv", "eurostat-sdmx-csv");
    FORMATS.put("eurostat-appsso-alexandre223/une_rt_q_1_Data.csv", "eurostat-data-explorer-csv");
    FORMATS.put("cbs-84489NED-odata3/TypedDataSet.json", "cbs-odata3-json");
    FORMATS.put("cbs-84066NED-37789ksz-veranijmeijer/gemeente_2017.csv", "cbs-odata-csv");
    FORMATS.put("cbs-83781ENG-project3", "cbs-odata3-csv-folder");
    FORMATS.put("cbs-statweb-janjetze/inkomensKlassen.csv", "statline-table-layout");
    FORMATS.put("cbs-statweb-janjetze/werkloosheid2003tot2015.csv", "statline-table-layout");
    FORMATS.put("cbs-statweb-janjetze/leeftijdPrognose.csv", "statline-table-layout");
    FORMATS.put("cbs-statline-lex0803/2015_onderwijsniveau.csv", "statline-label-csv");
    FORMATS.put("cbs-statline-lex0803/2023_onderwijsniveau.csv", "statline-label-csv");
    FORMATS.put("cbs-statline-lex0803/Werkloosheidpercentage.csv", "statline-chart-csv");
    FORMATS.put(
        "cbs-71882ned-statline-tcpd/"
            + "Beroepsbevolking__vanaf_1800__12_uursgrens___1800_2013_04042019_154346.csv",
        "statline-table-layout");
    FORMATS.put(
        "cbs-statline-virtualsociety/Arbeidsdeelname__kerncijfers__08122020_130106.csv",
        "statline-table-layout");
    FORMATS.put("eurostat-jatofi/Monthly data.tsv", "eurostat-tsv");
    FORMATS.put("eurostat-jatofi/Anual data.tsv", "eurostat-tsv");
    for (String f :
        List.of(
            "assylum_applications_raw.csv",
            "assylum_applications_accepted_raw.csv",
            "population.csv",
            "housing_prices.csv",
            "unemployment.csv")) {
      FORMATS.put("eurostat-jatofi/" + f, "eurostat-sdmx-csv");
    }
    FORMATS.put("eurostat-neqqii/sdg_08_10.tsv", "eurostat-tsv");
    FORMATS.put("eurostat-neqqii/tps00176.csv", "eurostat-wide-csv");
    FORMATS.put("eurostat-neqqii/tps00177.csv", "eurostat-wide-csv");
    for (String f :
        List.of(
            "demo_pjan_1_Data.csv",
            "migr_asyappctza_1_Data-2017-05-31-ADDED.csv",
            "migr_asyappctza_allcitizenships.csv",
            "migr_asydcfsta_2017-04-26.csv")) {
      FORMATS.put("eurostat-appsso-dw-data/" + f, "eurostat-data-explorer-csv");
    }
  }

  @Test
  void readsEveryExportWithTheFormatTheManifestDescribes() {
    Path real = SharedData.realDir();
    Formats formats = Formats.all();
    for (Map.Entry<String, String> e : FORMATS.entrySet()) {
      Path p = real.resolve(e.getKey());
      if (!Files.exists(p)) {
        continue;
      }
      InputFile input = new InputFile(p, e.getKey());
      assertThat(formats.detect(input).name()).as(e.getKey()).isEqualTo(e.getValue());
      ReadOptions options =
          e.getKey().endsWith("allcitizenships.csv")
              ? ReadOptions.defaults().withCharset(Charset.forName("windows-1252"))
              : ReadOptions.defaults();
      CollectingSink sink = new CollectingSink();
      FileReport r =
          new Ingest(formats, MAX_REJECT_SHARE.getOrDefault(e.getKey(), 0.0))
              .read(input, options, sink);
      assertThat(r.records()).as(e.getKey()).isEqualTo(r.observations() + r.rejects());
      assertThat(r.observations() + r.codes()).as(e.getKey()).isPositive();
    }
  }

  @Test
  void everyFileOfTheSharedFolderIsListedHere() throws IOException {
    Path real = SharedData.realDir();
    Set<String> unlisted = new TreeSet<>();
    try (Stream<Path> files = Files.walk(real)) {
      files
          .filter(Files::isRegularFile)
          .forEach(
              p -> {
                String rel = real.relativize(p).toString().replace('\\', '/');
                String top = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : rel;
                boolean listed =
                    FORMATS.containsKey(rel)
                        || FORMATS.containsKey(top)
                        || REFERENCE_LISTS.contains(top)
                        || rel.equals("MANIFEST.md");
                if (!listed) {
                  unlisted.add(rel);
                }
              });
    }
    assertThat(unlisted).isEmpty();
  }
}
