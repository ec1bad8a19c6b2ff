package nl.migstat.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.text.CsvReader;
import nl.migstat.ingest.text.CsvRecord;

/**
 * A CBS Kerncijfers wijken en buurten table (84583NED "onbewerkte dataset" CSV, no period column)
 * grown from its sample: the sample's header, BOM, line ending and widths (codes padded to 10,
 * {@code Gemeentenaam_1} to 40, {@code SoortRegio_2} to 10, figures right-aligned, an unpadded
 * {@code .} for {@code IndelingswijzigingWijkenEnBuurten_4} on the municipality row), for every
 * municipality of the edition's year: a {@code Gemeente} row ({@code GM0363}), its wijken ({@code
 * WK036300}, …) and their buurten ({@code BU03630000}, …), names from the bundled list.
 *
 * <p>Buurt figures are rounded to fives as CBS publishes them, the non-western details add up to
 * the non-western total, inhabitants are at least western plus non-western, and wijk and
 * municipality rows are the sums of their buurten (including the backgrounds of small buurten
 * published as secret, {@code .}). Municipal totals follow {@link MunicipalPopulation}, so they
 * match the generated 84910NED roughly (rounding). About 8.5 wijken per 40,000 inhabitants and 4
 * buurten per wijk at scale 1 (CBS 2019: 355 municipalities, ~3,300 wijken, ~13,600 buurten); other
 * scales multiply both by the square root of the scale (at least one, at most 100 per parent), so
 * buurten grow about with the scale and every municipality is always there.
 */
final class KwbShape {
  /** The figure topics by key stem, in the order this class computes them. */
  private static final List<String> FIGURES =
      List.of(
          "IndelingswijzigingWijkenEnBuurten",
          "AantalInwoners",
          "WestersTotaal",
          "NietWestersTotaal",
          "Marokko",
          "NederlandseAntillenEnAruba",
          "Suriname",
          "Turkije",
          "OverigNietWesters");

  private static final int CHANGE = 0;
  private static final int INHABITANTS = 1;
  private static final int WESTERN = 2;
  private static final int NON_WESTERN = 3;
  private static final int DETAILS = 4;
  private static final double[] DETAIL_SHARES = {0.20, 0.08, 0.18, 0.20, 0.34};

  /** Buurten with fewer inhabitants may have every background figure secret. */
  private static final int SMALL = 50;

  private final List<String> header;
  private final boolean bom;
  private final String newline;
  private final int codeWidth;
  private final int nameWidth;
  private final int kindWidth;
  private final int valueWidth;
  private final int[] topicOf;
  private final MunicipalPopulation population;
  private final int year;
  private final long seed;
  private final List<String> municipalities;

  /** Per municipality, the buurten of each of its wijken. */
  private final List<int[]> structure = new ArrayList<>();

  private KwbShape(
      List<CsvRecord> records,
      boolean bom,
      String newline,
      MunicipalPopulation population,
      int year,
      Scale scale,
      long seed) {
    this.header = records.get(0).fields();
    this.bom = bom;
    this.newline = newline;
    CsvRecord wijk =
        records.stream()
            .skip(1)
            .filter(r -> r.field(1).trim().startsWith("WK"))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("the KWB sample has no wijk row"));
    this.codeWidth = wijk.field(1).length();
    this.nameWidth = wijk.field(2).length();
    this.kindWidth = wijk.field(3).length();
    this.valueWidth = wijk.field(header.size() - 1).length();
    if (!header.get(1).equals("WijkenEnBuurten")
        || !header.get(2).startsWith("Gemeentenaam_")
        || !header.get(3).startsWith("SoortRegio_")
        || !header.get(4).startsWith("Codering_")) {
      throw new IllegalArgumentException("not a Kerncijfers wijken en buurten header: " + header);
    }
    this.topicOf = new int[header.size() - 5];
    for (int c = 5; c < header.size(); c++) {
      String stem = header.get(c).replaceAll("_\\d+$", "");
      topicOf[c - 5] = FIGURES.indexOf(stem);
      if (topicOf[c - 5] < 0) {
        throw new IllegalArgumentException(
            "KWB topic this generator cannot fill: " + header.get(c));
      }
    }
    this.population = population;
    this.year = year;
    this.seed = seed;
    this.municipalities = population.municipalitiesOn(year);
    SplittableRandom r = new SplittableRandom(seed ^ 0x6b7762L);
    double spread = Math.sqrt(scale.factor());
    for (String gm : municipalities) {
      double inhabitants = sum(population.groups(gm, year));
      int wijken =
          (int)
              Math.max(
                  1, Math.min(60, Math.round(inhabitants / 4_500 * (0.7 + 0.6 * r.nextDouble()))));
      wijken = (int) Math.min(100, Math.round(wijken * spread));
      int[] buurten = new int[wijken];
      for (int w = 0; w < wijken; w++) {
        buurten[w] = (int) Math.min(100, Math.max(1, Math.round((1 + r.nextInt(7)) * spread)));
      }
      structure.add(buurten);
    }
  }

  /** Reads the sample's layout; the table covers the municipalities of {@code year}. */
  static KwbShape of(Path sample, MunicipalPopulation population, int year, Scale scale, long seed)
      throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(sample)) {
      head = in.readNBytes(4096);
    }
    boolean bom = head.length > 3 && (head[0] & 0xff) == 0xEF;
    String text = new String(head, StandardCharsets.UTF_8);
    String newline = text.contains("\r\n") ? "\r\n" : "\n";
    try (CsvReader r = new CsvReader(new InputFile(sample), StandardCharsets.UTF_8, ';')) {
      return new KwbShape(r.readAll(), bom, newline, population, year, scale, seed);
    }
  }

  /** Municipalities, wijken and buurten. */
  long rows() {
    long n = 0;
    for (int[] buurten : structure) {
      n += 1 + buurten.length;
      for (int b : buurten) {
        n += b;
      }
    }
    return n;
  }

  /** Observations: rows times figure topics (the three text topics go to the code list). */
  long cells() {
    return rows() * topicOf.length;
  }

  long municipalities() {
    return municipalities.size();
  }

  long wijken() {
    return structure.stream().mapToLong(b -> b.length).sum();
  }

  void write(Path file) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    try (BufferedWriter w = CbsCsv.open(file, bom)) {
      w.write(line(header));
      long id = 1;
      for (int m = 0; m < municipalities.size(); m++) {
        String gm = municipalities.get(m);
        String digits = gm.substring(2);
        String name = population.nameOf(gm, year);
        int[] structureOf = structure.get(m);
        double[][][] buurten = buurten(population.groups(gm, year), structureOf, random);
        double[][] wijken = new double[structureOf.length][];
        for (int i = 0; i < wijken.length; i++) {
          wijken[i] = total(buurten[i]);
        }
        w.write(row(id++, gm, name, "Gemeente", total(wijken), false));
        for (int i = 0; i < wijken.length; i++) {
          String wk = String.format(Locale.ROOT, "WK%s%02d", digits, i);
          w.write(row(id++, wk, name, "Wijk", wijken[i], false));
          for (int j = 0; j < buurten[i].length; j++) {
            double[] b = buurten[i][j];
            boolean secret = b[INHABITANTS] < SMALL && random.nextDouble() < 0.6;
            w.write(
                row(
                    id++,
                    String.format(Locale.ROOT, "BU%s%02d%02d", digits, i, j),
                    name,
                    "Buurt",
                    b,
                    secret));
          }
        }
      }
    }
  }

  /** Buurt figures of one municipality per wijk, from its Dutch, western, non-western counts. */
  private static double[][][] buurten(double[] groups, int[] structure, SplittableRandom r) {
    double inhabitants = sum(groups);
    double western = groups[MunicipalPopulation.WESTERN] / inhabitants;
    double nonWestern = groups[MunicipalPopulation.NON_WESTERN] / inhabitants;
    double[] details = new double[DETAIL_SHARES.length];
    double detailSum = 0;
    for (int k = 0; k < details.length; k++) {
      details[k] = DETAIL_SHARES[k] * Math.exp(0.5 * r.nextGaussian());
      detailSum += details[k];
    }
    double[][] weights = new double[structure.length][];
    double weightSum = 0;
    for (int i = 0; i < structure.length; i++) {
      weights[i] = new double[structure[i]];
      for (int j = 0; j < structure[i]; j++) {
        weights[i][j] = Math.exp(r.nextGaussian());
        weightSum += weights[i][j];
      }
    }
    double[][][] out = new double[structure.length][][];
    for (int i = 0; i < structure.length; i++) {
      out[i] = new double[structure[i]][];
      for (int j = 0; j < structure[i]; j++) {
        double people = inhabitants * weights[i][j] / weightSum;
        double w = western * Math.exp(0.4 * r.nextGaussian());
        double nw = nonWestern * Math.exp(0.6 * r.nextGaussian());
        if (w + nw > 0.9) {
          double cut = 0.9 / (w + nw);
          w *= cut;
          nw *= cut;
        }
        double[] b = new double[FIGURES.size()];
        b[CHANGE] = 1;
        b[WESTERN] = fives(people * w);
        for (int k = 0; k < details.length; k++) {
          b[DETAILS + k] =
              fives(people * nw * details[k] / detailSum * Math.exp(0.2 * r.nextGaussian()));
          b[NON_WESTERN] += b[DETAILS + k];
        }
        b[INHABITANTS] = Math.max(Math.max(5, fives(people)), b[WESTERN] + b[NON_WESTERN]);
        out[i][j] = b;
      }
    }
    return out;
  }

  private static double[] total(double[][] parts) {
    double[] sum = new double[FIGURES.size()];
    for (double[] p : parts) {
      for (int t = 0; t < sum.length; t++) {
        sum[t] += p[t];
      }
    }
    sum[CHANGE] = 1;
    return sum;
  }

  private static double fives(double v) {
    return 5 * Math.round(v / 5);
  }

  private static double sum(double[] v) {
    double s = 0;
    for (double x : v) {
      s += x;
    }
    return s;
  }

  private String row(
      long id, String code, String name, String kind, double[] figures, boolean secret) {
    List<String> f = new ArrayList<>(header.size());
    f.add(Long.toString(id));
    f.add(pad(code, codeWidth));
    f.add(pad(name, nameWidth));
    f.add(pad(kind, kindWidth));
    f.add(pad(code, codeWidth));
    boolean municipality = kind.equals("Gemeente");
    for (int t : topicOf) {
      if (t == CHANGE && municipality) {
        f.add("."); // as CBS writes it on the municipality row: unpadded
      } else if (secret && t >= WESTERN) {
        f.add(right("."));
      } else {
        f.add(right(Long.toString(Math.round(figures[t]))));
      }
    }
    return line(f);
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }

  private String right(String s) {
    return " ".repeat(Math.max(0, valueWidth - s.length())) + s;
  }

  private String line(List<String> fields) {
    return CbsCsv.line(fields, ';', newline);
  }
}
