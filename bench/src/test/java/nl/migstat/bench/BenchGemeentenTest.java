package nl.migstat.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.migstat.SharedData;
import nl.migstat.chapters.ChapterFixture;
import nl.migstat.chapters.ChapterInputs;
import nl.migstat.chapters.ChapterTable;
import nl.migstat.chapters.Chapters;
import nl.migstat.chapters.PreparedTable;
import nl.migstat.chapters.gemeenten.Gemeenten;
import nl.migstat.harmonise.MunicipalBoundaries;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.text.CsvReader;
import nl.migstat.ingest.text.CsvRecord;
import nl.migstat.job.Job;
import nl.migstat.job.JobFileParser;
import nl.migstat.job.JobInput;
import nl.migstat.model.TableInfo;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated inputs of chapter Gemeenten: their shape, their coherence, and the chapter on them.
 */
class BenchGemeentenTest {
  private static final MunicipalBoundaries BOUNDARIES = MunicipalBoundaries.load();

  private static List<CsvRecord> read(Path file) throws IOException {
    try (CsvReader r = new CsvReader(new InputFile(file), StandardCharsets.UTF_8, ';')) {
      return r.readAll();
    }
  }

  @Test
  void migratieachtergrondHasEachYearsOwnMunicipalitiesOverTenYearsAndAddsUp(@TempDir Path dir)
      throws IOException {
    InputGenerator g = new InputGenerator(SharedData.samples(), new Scale(1), 3);
    CbsTableShape shape = g.migratieachtergrond(new MunicipalPopulation(BOUNDARIES, 3));
    Path file = dir.resolve("84910NED.csv");
    shape.write(file, 5);
    List<CsvRecord> records = read(file);
    List<String> sampleHeader =
        read(SharedData.samples()
                .resolve("gemeenten/84910NED_bevolking_migratieachtergrond_2018_2019.csv"))
            .get(0)
            .fields();
    assertThat(records.get(0).fields()).isEqualTo(sampleHeader);
    assertThat((long) records.size() - 1).isEqualTo(shape.rows());
    assertThat(shape.cells()).isEqualTo(shape.rows());

    Map<String, Set<String>> regionsByYear = new TreeMap<>();
    Map<String, Map<String, Double>> cells = new HashMap<>();
    for (CsvRecord r : records.subList(1, records.size())) {
      String year = r.field(6).substring(0, 4);
      regionsByYear.computeIfAbsent(year, k -> new TreeSet<>()).add(r.field(5));
      String v = r.field(7).trim();
      cells
          .computeIfAbsent(r.field(5) + year, k -> new HashMap<>())
          .put(r.field(3), v.equals(".") ? Double.NaN : Double.parseDouble(v));
      assertThat(r.field(7)).hasSize(8);
    }
    assertThat(regionsByYear.keySet())
        .containsExactly(
            "2015", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024");
    assertThat(InputGenerator.REFERENCE_YEAR)
        .isEqualTo(2024)
        .isBetween(MunicipalBoundaries.FIRST_YEAR, MunicipalBoundaries.LAST_YEAR);
    regionsByYear.forEach(
        (year, regions) ->
            assertThat(regions)
                .as(year)
                .isEqualTo(BOUNDARIES.municipalitiesOn(Integer.parseInt(year)).keySet()));
    assertThat(regionsByYear.get("2018")).contains("GM0005").doesNotContain("GM1966");
    assertThat(regionsByYear.get("2024")).contains("GM1966", "GM1992").doesNotContain("GM0005");
    // the total is the sum of its three groups, and a merged municipality about its predecessors'
    int checked = 0;
    for (Map<String, Double> c : cells.values()) {
      double parts = c.get("1012600") + c.get("2012655") + c.get("2012657");
      if (!Double.isNaN(parts)) {
        assertThat(c.get("T001040")).isEqualTo(parts);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(cells.size() * 9 / 10);
    double predecessors =
        cells.get("GM0005" + "2018").get("T001040")
            + cells.get("GM1663" + "2018").get("T001040")
            + cells.get("GM1651" + "2018").get("T001040");
    assertThat(cells.get("GM1966" + "2019").get("T001040"))
        .isBetween(predecessors, predecessors + cells.get("GM0053" + "2018").get("T001040"));
  }

  @Test
  void kwbHasEveryMunicipalityOf2019WithWijkenAndBuurtenInTheSamplesLayout(@TempDir Path dir)
      throws IOException {
    InputGenerator g = new InputGenerator(SharedData.samples(), new Scale(1), 3);
    KwbShape shape = g.kwb(new MunicipalPopulation(BOUNDARIES, 3));
    Path file = dir.resolve("kwb.csv");
    shape.write(file);
    Path sampleFile =
        SharedData.samples().resolve("gemeenten/84583NED_kwb_2019_vaals_amstelveen.csv");
    List<CsvRecord> sample = read(sampleFile);
    List<CsvRecord> records = read(file);
    assertThat(records.get(0).fields()).isEqualTo(sample.get(0).fields());
    assertThat((long) records.size() - 1).isEqualTo(shape.rows());
    assertThat(shape.cells()).isEqualTo(shape.rows() * 9);
    byte[] head = Files.readAllBytes(file);
    assertThat(head[0] & 0xff).isEqualTo(0xEF);
    assertThat(new String(head, 0, 400, StandardCharsets.UTF_8)).doesNotContain("\r");

    Map<String, MunicipalBoundaries.Municipality> gm2019 = BOUNDARIES.municipalitiesOn(2019);
    Map<String, long[]> sums = new LinkedHashMap<>(); // GM/WK code -> inhabitants, sum of children
    List<String> municipalities = new ArrayList<>();
    int wijken = 0;
    int buurten = 0;
    for (CsvRecord r : records.subList(1, records.size())) {
      String code = r.field(1).trim();
      String kind = r.field(3).trim();
      assertThat(r.field(1)).hasSize(10).isEqualTo(r.field(4));
      assertThat(r.field(2)).hasSize(40);
      assertThat(r.field(3)).hasSize(10);
      long inhabitants = Long.parseLong(r.field(6).trim());
      for (int c = 6; c < r.size(); c++) {
        assertThat(r.field(c)).hasSize(8);
      }
      switch (kind) {
        case "Gemeente" -> {
          assertThat(code).matches("GM\\d{4}");
          assertThat(r.field(5)).isEqualTo(".");
          assertThat(r.field(2).trim()).isEqualTo(gm2019.get(code).name());
          municipalities.add(code);
          sums.put(code, new long[] {inhabitants, 0});
        }
        case "Wijk" -> {
          assertThat(code).matches("WK\\d{6}");
          assertThat(r.field(5)).isEqualTo("       1");
          sums.get("GM" + code.substring(2, 6))[1] += inhabitants;
          sums.put(code, new long[] {inhabitants, 0});
          wijken++;
        }
        default -> {
          assertThat(kind).isEqualTo("Buurt");
          assertThat(code).matches("BU\\d{8}");
          assertThat(inhabitants % 5).isZero();
          sums.get("WK" + code.substring(2, 8))[1] += inhabitants;
          if (!r.field(7).trim().equals(".")) {
            long nonWestern = Long.parseLong(r.field(8).trim());
            long details = 0;
            for (int c = 9; c < r.size(); c++) {
              details += Long.parseLong(r.field(c).trim());
            }
            assertThat(details).isEqualTo(nonWestern);
            assertThat(Long.parseLong(r.field(7).trim()) + nonWestern)
                .isLessThanOrEqualTo(inhabitants);
          }
          buurten++;
        }
      }
    }
    assertThat(municipalities).containsExactlyInAnyOrderElementsOf(gm2019.keySet());
    sums.forEach((code, s) -> assertThat(s[1]).as(code).isEqualTo(s[0]));
    assertThat(wijken).isEqualTo(shape.wijken()).isBetween(2_000, 5_000);
    assertThat(buurten).isBetween(8_000, 20_000);
  }

  @Test
  void cellsFollowTheScale() throws IOException {
    MunicipalPopulation p = new MunicipalPopulation(BOUNDARIES, 1);
    Map<Double, long[]> cells = new TreeMap<>();
    for (double scale : new double[] {0.1, 1, 10}) {
      InputGenerator g = new InputGenerator(SharedData.samples(), new Scale(scale), 1);
      cells.put(scale, new long[] {g.migratieachtergrond(p).cells(), g.kwb(p).cells()});
    }
    assertThat(cells.get(1.0)[0])
        .isBetween(13_000L, 15_000L); // ~345 municipalities, 10 years, 4 groups
    assertThat(cells.get(1.0)[1]).isBetween(100_000L, 200_000L); // ~16,000 rows, 9 figures
    assertThat((double) cells.get(10.0)[0] / cells.get(1.0)[0]).isBetween(9.5, 10.5);
    assertThat((double) cells.get(10.0)[1] / cells.get(1.0)[1]).isBetween(6.0, 14.0);
    assertThat(cells.get(0.1)[0]).isLessThan(cells.get(1.0)[0] / 3);
    assertThat(cells.get(0.1)[1]).isLessThan(cells.get(1.0)[1] / 3);
  }

  @Test
  void sameSeedSameKwbBytes(@TempDir Path dir) throws IOException {
    for (String d : List.of("a", "b")) {
      new InputGenerator(SharedData.samples(), new Scale(0.1), 9)
          .kwb(new MunicipalPopulation(BOUNDARIES, 9))
          .write(dir.resolve(d + ".csv"));
    }
    assertThat(Files.readAllBytes(dir.resolve("a.csv")))
        .isEqualTo(Files.readAllBytes(dir.resolve("b.csv")));
  }

  /**
   * The generated job at scale 0.1, its Gemeenten inputs only (to stay fast): every table builds.
   */
  @Test
  void chapterGemeentenBuildsEveryTableFromTheGeneratedJob(@TempDir Path dir) throws IOException {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    new InputGenerator(SharedData.samples(), new Scale(0.1), 1).write(dir, quiet);
    Path jobFile = dir.resolve("bench.yaml");
    Chapters chapters = Chapters.all();
    Job job = new JobFileParser(chapters.names(), chapters.tableNames()).parse(jobFile);
    assertThat(job.chapters()).containsExactly("migratiestromen", "arbeidsmarkt", "gemeenten");
    assertThat(job.referenceYear()).isEqualTo(InputGenerator.REFERENCE_YEAR);
    assertThat(job.inputs())
        .extracting(JobInput::name)
        .contains(InputGenerator.MIGRATIEACHTERGROND, InputGenerator.KWB);

    // the same job file with only its gemeenten inputs, entries copied as written
    String yaml = Files.readString(jobFile);
    int start = yaml.indexOf("inputs:\n") + "inputs:\n".length();
    StringBuilder only = new StringBuilder(yaml.substring(0, start));
    for (String entry : yaml.substring(start).split("(?=  - path: )")) {
      if (entry.startsWith("  - path: gemeenten/")) {
        only.append(entry);
      }
    }
    Path gemeentenJob = dir.resolve("gemeenten.yaml");
    Files.writeString(gemeentenJob, only.toString());
    assertThat(only.toString()).contains("    source: cbs:84583NED\n    period: 2019\n");

    ChapterInputs inputs = ChapterFixture.inputsOf(gemeentenJob);
    int municipalities = BOUNDARIES.municipalitiesOn(InputGenerator.REFERENCE_YEAR).size();
    for (PreparedTable prepared : new Gemeenten().prepared(inputs, info -> true)) {
      TableInfo info = prepared.info();
      ChapterTable table = prepared.build();
      assertThat(table.skipReason()).as(info.name()).isNull();
      List<Row> rows = table.rows().collectAsList();
      assertThat(rows).as(info.name()).isNotEmpty();
      if (!List.of(table.rows().columns()).contains("municipality_code")) {
        continue; // concentration: one row per year and group
      }
      Set<String> codes = new TreeSet<>();
      rows.forEach(r -> codes.add(r.getAs("municipality_code")));
      assertThat(codes).as(info.name()).hasSizeGreaterThan(municipalities / 2);
      if (info.name().equals("population_by_background_municipality")) {
        Set<Integer> years = new TreeSet<>();
        rows.forEach(r -> years.add(r.getAs("year")));
        // 84910NED's three latest years; 2019 from the Kerncijfers' municipality rows
        assertThat(years).containsExactly(2019, 2022, 2023, 2024);
        assertThat(codes).hasSize(municipalities);
      }
    }
  }
}
