package nl.migstat.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import nl.migstat.harmonise.MunicipalBoundaries;

/**
 * Writes a benchmark job folder ({@code raw/} inputs and {@code bench.yaml}): the sample job's
 * tables grown to the size of the real full tables at scale 1 (CBS tables over ten years and all
 * municipalities; Eurostat bulk files migr_imm1ctz and migr_asyappctza with every citizenship, age,
 * sex and reporting country at millions of cells as {@code .tsv.gz}), and larger scales by more
 * periods and categories. Same seed, same bytes.
 *
 * <p>Chapter Gemeenten gets 84910NED (population by migration background) over the years {@link
 * #MIGRATIEACHTERGROND_FIRST}–{@link #REFERENCE_YEAR}, each year with the municipalities of its own
 * list, and the Kerncijfers wijken en buurten of {@link #KWB_YEAR} (every municipality, wijk and
 * buurt); the job maps them to the boundaries of {@link #REFERENCE_YEAR}. Municipal figures are
 * coherent ({@link MunicipalPopulation}): merged municipalities add up, buurten add up to wijken
 * and municipalities.
 */
public final class InputGenerator {
  /**
   * The job's municipal boundaries: the last year of the generated 84910NED, so every municipality
   * maps forward (backward mapping refuses merged municipalities); within the bundled lists.
   */
  static final int REFERENCE_YEAR = 2024;

  /** The first year of the bundled municipality lists: no 84910NED year before it. */
  static final int MIGRATIEACHTERGROND_FIRST = MunicipalBoundaries.FIRST_YEAR;

  /** The edition of the Kerncijfers wijken en buurten (84583NED, job option {@code period:}). */
  static final int KWB_YEAR = 2019;

  static final String MIGRATIEACHTERGROND = "gemeenten/84910NED_bevolking_migratieachtergrond.csv";

  static final String KWB = "gemeenten/84583NED_kwb_2019.csv";

  /**
   * One generated input: its file under {@code raw/}, its source, its cells and its job option
   * {@code period:} (null when the file has a period column).
   */
  public record Generated(String path, String source, long cells, String period) {
    public Generated(String path, String source, long cells) {
      this(path, source, cells, null);
    }
  }

  private final Path samples;
  private final Scale scale;
  private final long seed;

  public InputGenerator(Path samples, Scale scale, long seed) {
    this.samples = samples;
    this.scale = scale;
    this.seed = seed;
  }

  /** Writes the job folder and returns what it wrote. */
  public List<Generated> write(Path jobDir, PrintStream out) throws IOException {
    Path raw = jobDir.resolve("raw");
    List<Generated> files = new ArrayList<>();
    String[][] cbs = {
      {"migratiestromen/85524NED_bevolking_kerncijfers.csv", "cbs:85524NED"},
      {"migratiestromen/84809NED_immigranten_migratiemotief.csv", "cbs:84809NED"},
      {"migratiestromen/84808NED_immigranten_eu_migratiedoel.csv", "cbs:84808NED"},
      {"cbs-odata-csv/03742_immi_emigratie_geboorteland.csv", "cbs:03742"},
      {"migratiestromen/80059ned_asielverzoeken_nationaliteit.csv", "cbs:80059ned"},
      {"arbeidsmarkt/82809NED_arbeidsdeelname_migratieachtergrond.csv", "cbs:82809NED"},
      {"arbeidsmarkt/85456NED_arbeidsdeelname_herkomst.csv", "cbs:85456NED"},
      {"cbs-odata-csv/03759ned_bevolking_regio_2019_2020.csv", "cbs:03759ned"},
    };
    for (String[] c : cbs) {
      CbsTableShape shape =
          CbsTableShape.of(samples.resolve(c[0])).grow(scale, 10, BenchCodes.municipalities());
      shape.write(raw.resolve(c[0]), seed(c[0]));
      files.add(new Generated(c[0], c[1], shape.cells()));
    }
    for (String p :
        List.of(
            "eurostat-sdmx/migr_asydcfsta_1_Data.csv",
            "eurostat-sdmx/migr_resfirst_sdmx-csv-2.0_action.csv")) {
      LongCsvShape shape = LongCsvShape.of(samples.resolve(p)).grow(scale, 15);
      shape.write(raw.resolve(p), seed(p));
      files.add(
          new Generated(
              p, p.contains("asydcfsta") ? "eurostat:migr_asydcfsta" : "", shape.cells()));
    }
    Map<String, BulkSpec> bulk = new LinkedHashMap<>();
    bulk.put("eurostat-tsv/tps00001.tsv", grown(fromSample("eurostat-tsv/tps00001.tsv"), 15, null));
    bulk.put(
        "arbeidsmarkt/lfsa_urgacob.tsv",
        grown(fromSample("arbeidsmarkt/lfsa_urgacob.tsv"), 20, "c_birth"));
    bulk.put("arbeidsmarkt/une_rt_a.tsv", grown(fromSample("arbeidsmarkt/une_rt_a.tsv"), 20, null));
    bulk.put("eurostat-tsv/migr_imm1ctz.tsv.gz", immigration());
    bulk.put("eurostat-tsv/migr_asyappctza.tsv.gz", applicants());
    for (Map.Entry<String, BulkSpec> b : bulk.entrySet()) {
      b.getValue().write(raw.resolve(b.getKey()), seed(b.getKey()));
      String name =
          b.getKey().substring(b.getKey().lastIndexOf('/') + 1).replaceAll("\\.tsv.*", "");
      files.add(new Generated(b.getKey(), "eurostat:" + name, b.getValue().cells()));
    }
    MunicipalPopulation population = new MunicipalPopulation(MunicipalBoundaries.load(), seed);
    CbsTableShape background = migratieachtergrond(population);
    background.write(raw.resolve(MIGRATIEACHTERGROND), seed(MIGRATIEACHTERGROND));
    files.add(new Generated(MIGRATIEACHTERGROND, "cbs:84910NED", background.cells()));
    KwbShape kwb = kwb(population);
    kwb.write(raw.resolve(KWB));
    files.add(new Generated(KWB, "cbs:84583NED", kwb.cells(), Integer.toString(KWB_YEAR)));
    writeJob(jobDir, files);
    long total = files.stream().mapToLong(Generated::cells).sum();
    files.forEach(f -> out.printf(Locale.ROOT, "  %-60s %,12d cells%n", f.path(), f.cells()));
    out.printf(
        Locale.ROOT,
        "scale %s: %d inputs, %,d cells in %s%n",
        scale.label(),
        files.size(),
        total,
        jobDir);
    return files;
  }

  /**
   * 84910NED: the sample's layout (Geslacht, Leeftijd, Generatie at their totals; total, Dutch,
   * western, non-western background) for every municipality of each year {@link
   * #MIGRATIEACHTERGROND_FIRST}–{@link #REFERENCE_YEAR} (ten at scale 1; the boundary lists allow
   * no more, so larger scales add synthetic background categories instead; smaller scales have the
   * latest years only, at least three).
   */
  CbsTableShape migratieachtergrond(MunicipalPopulation population) throws IOException {
    Map<String, Integer> groups =
        Map.of(
            "1012600",
            MunicipalPopulation.DUTCH,
            "2012655",
            MunicipalPopulation.WESTERN,
            "2012657",
            MunicipalPopulation.NON_WESTERN);
    long secretSeed = seed(MIGRATIEACHTERGROND) + 17;
    Function<Map<String, String>, double[]> model =
        dims -> {
          if (!"T001038".equals(dims.get("Geslacht"))
              || !"10000".equals(dims.get("Leeftijd"))
              || !"T001040".equals(dims.get("Generatie"))) {
            return null;
          }
          int year = Integer.parseInt(dims.get("Perioden").substring(0, 4));
          double[] g = population.groups(dims.get("RegioS"), year);
          String group = dims.get("Migratieachtergrond");
          if (g == null) {
            return null;
          }
          if (group.equals("T001040")) {
            return new double[] {Math.round(g[0]) + Math.round(g[1]) + Math.round(g[2])};
          }
          Integer i = groups.get(group);
          if (i == null) {
            return null;
          }
          boolean secret =
              new SplittableRandom(
                          secretSeed + 31L * (dims.get("RegioS") + year + group).hashCode())
                      .nextDouble()
                  < 0.005;
          return new double[] {secret ? Double.NaN : Math.round(g[i])};
        };
    return CbsTableShape.of(
            samples.resolve("gemeenten/84910NED_bevolking_migratieachtergrond_2018_2019.csv"))
        .growOnBoundaries(
            scale, 10, MIGRATIEACHTERGROND_FIRST, REFERENCE_YEAR, population::municipalitiesOn)
        .values(model);
  }

  /** The Kerncijfers wijken en buurten of {@link #KWB_YEAR}: every municipality of that year. */
  KwbShape kwb(MunicipalPopulation population) throws IOException {
    return KwbShape.of(
        samples.resolve("gemeenten/84583NED_kwb_2019_vaals_amstelveen.csv"),
        population,
        KWB_YEAR,
        scale,
        seed(KWB));
  }

  /** migr_imm1ctz: 200 citizenships, 16 ages, 3 sexes, the reporting countries, 15 years. */
  BulkSpec immigration() {
    Map<String, List<String>> dims = new LinkedHashMap<>();
    dims.put("freq", List.of("A"));
    dims.put("citizen", BenchCodes.citizenships(scale.categories(200)));
    dims.put("agedef", List.of("COMPLET"));
    dims.put("age", BenchCodes.AGES);
    dims.put("unit", List.of("NR"));
    dims.put("sex", List.of("F", "M", "T"));
    dims.put("geo", BenchCodes.reportingCountries());
    return new BulkSpec(dims, Scale.years(2022, scale.periods(15)), 120, 0);
  }

  /**
   * migr_asyappctza: 200 citizenships, 7 ages, 3 sexes, 2 applicant types, the countries, 16 years.
   */
  BulkSpec applicants() {
    Map<String, List<String>> dims = new LinkedHashMap<>();
    dims.put("freq", List.of("A"));
    dims.put("unit", List.of("PER"));
    dims.put("citizen", BenchCodes.citizenships(scale.categories(200)));
    dims.put("sex", List.of("F", "M", "T"));
    dims.put("age", List.of("TOTAL", "Y_LT14", "Y14-17", "Y18-34", "Y35-64", "Y_GE65", "UNK"));
    dims.put("asyl_app", List.of("ASY_APP", "NASY_APP"));
    dims.put("geo", BenchCodes.reportingCountries());
    return new BulkSpec(dims, Scale.years(2023, scale.periods(16)), 60, 0);
  }

  /** The sample file's dimensions and codes, its magnitude and precision. */
  BulkSpec fromSample(String path) throws IOException {
    try (BufferedReader r =
        Files.newBufferedReader(samples.resolve(path), StandardCharsets.UTF_8)) {
      String[] head = r.readLine().split("\t");
      String[] names = head[0].substring(0, head[0].indexOf('\\')).split(",");
      List<LinkedHashSet<String>> codes = new ArrayList<>();
      for (int i = 0; i < names.length; i++) {
        codes.add(new LinkedHashSet<>());
      }
      double sum = 0;
      int n = 0;
      int decimals = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] cells = line.split("\t");
        String[] key = cells[0].split(",");
        for (int i = 0; i < names.length; i++) {
          codes.get(i).add(key[i]);
        }
        for (int c = 1; c < cells.length; c++) {
          String v = cells[c].trim().split(" ")[0];
          if (v.matches("[0-9.]+")) {
            sum += Double.parseDouble(v);
            n++;
            decimals = Math.max(decimals, v.indexOf('.') < 0 ? 0 : v.length() - v.indexOf('.') - 1);
          }
        }
      }
      Map<String, List<String>> dims = new LinkedHashMap<>();
      for (int i = 0; i < names.length; i++) {
        dims.put(names[i], new ArrayList<>(codes.get(i)));
      }
      int last = Integer.parseInt(head[head.length - 1].trim());
      return new BulkSpec(dims, Scale.years(last, 1), n == 0 ? 100 : sum / n, decimals);
    }
  }

  private BulkSpec grown(BulkSpec sample, int baseYears, String categoryDim) {
    LinkedHashSet<String> geo = new LinkedHashSet<>(sample.dims().get("geo"));
    geo.addAll(BenchCodes.reportingCountries());
    BulkSpec spec = sample.with("geo", new ArrayList<>(geo));
    if (categoryDim != null && scale.categoryFactor() > 1) {
      List<String> c = sample.dims().get(categoryDim);
      List<String> more = new ArrayList<>(c);
      more.addAll(BenchCodes.extend(List.of(), scale.categories(c.size()) - c.size(), "X"));
      spec = spec.with(categoryDim, more);
    }
    int last = Integer.parseInt(sample.years().get(sample.years().size() - 1));
    return new BulkSpec(
        spec.dims(),
        Scale.years(last, scale.periods(baseYears)),
        spec.magnitude(),
        spec.decimals());
  }

  private long seed(String path) {
    return seed * 31 + path.hashCode();
  }

  private void writeJob(Path jobDir, List<Generated> files) throws IOException {
    StringBuilder y = new StringBuilder();
    y.append("# Benchmark job written by `migstat bench generate` (scale ")
        .append(scale.label())
        .append(", seed ")
        .append(seed)
        .append("): generated inputs, not real figures.\n");
    y.append("name: bench-s").append(scale.label().replace(".", "_")).append("\n");
    y.append("report_year: 2023\nreference_year: ")
        .append(REFERENCE_YEAR)
        .append("\nraw_dir: raw\noutput_dir: out\n");
    y.append("workbook: bench.xlsx\nmax_reject_share: 0.05\n");
    // The sample job's rule (jobs/samples.yaml), so that the benchmark times disclosure control
    // over every municipal count, as the report's own jobs run it.
    y.append(
        "disclosure:\n  threshold: 10\n  round_to: 5\n  protection: 0.10\n  applies_to: all\n");
    y.append("chapters:\n  - migratiestromen\n  - arbeidsmarkt\n  - gemeenten\ninputs:\n");
    for (Generated f : files) {
      y.append("  - path: ").append(f.path()).append('\n');
      if (!f.source().isEmpty()) {
        y.append("    source: ").append(f.source()).append('\n');
      }
      if (f.period() != null) {
        y.append("    period: ").append(f.period()).append('\n');
      }
    }
    Files.writeString(jobDir.resolve("bench.yaml"), y.toString(), StandardCharsets.UTF_8);
  }
}
