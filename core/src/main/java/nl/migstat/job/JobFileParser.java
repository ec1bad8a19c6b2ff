package nl.migstat.job;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.migstat.disclosure.DisclosureRules;
import nl.migstat.fetch.FetchSpec;
import nl.migstat.files.Stores;
import nl.migstat.harmonise.MunicipalBoundaries;
import nl.migstat.ingest.Duplicates;
import nl.migstat.ingest.InputLimits;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.ingest.SourceName;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads and validates a job file (YAML) up front: unknown keys, wrong types, missing keys and paths
 * that leave the raw folder are errors that name the key and the line.
 */
public final class JobFileParser {
  private static final Set<String> TOP_KEYS =
      Set.of(
          "name",
          "report_year",
          "reference_year",
          "raw_dir",
          "output_dir",
          "workbook",
          "max_reject_share",
          "duplicates",
          "max_line_bytes",
          "max_json_bytes",
          "max_gzip_ratio",
          "inputs",
          "chapters",
          "tables",
          "disclosure",
          "drift");
  private static final Set<String> INPUT_KEYS =
      Set.of("path", "source", "period", "charset", "fetch");
  private static final Map<String, FetchSpec.Kind> FETCH_KINDS =
      Map.of(
          "cbs-odata-v3",
          FetchSpec.Kind.CBS_ODATA_V3,
          "cbs-odata-v3-feed",
          FetchSpec.Kind.CBS_ODATA_V3_FEED,
          "cbs-odata-v4",
          FetchSpec.Kind.CBS_ODATA_V4,
          "eurostat-tsv",
          FetchSpec.Kind.EUROSTAT_TSV,
          "eurostat-sdmx-csv",
          FetchSpec.Kind.EUROSTAT_SDMX_CSV);
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  private final Set<String> knownChapters;
  private final Set<String> knownTables;
  private String file;
  private boolean inputsMustExist = true;

  /**
   * @param knownChapters chapter names the project has; @param knownTables their tables
   */
  public JobFileParser(Set<String> knownChapters, Set<String> knownTables) {
    this.knownChapters = knownChapters;
    this.knownTables = knownTables;
  }

  /** Parses and validates the job file; every input must exist. */
  public Job parse(Path jobFile) {
    return parse(jobFile, true);
  }

  /**
   * Parses and validates the job file; {@code inputsMustExist} is false for {@code fetch}, which is
   * about to download them.
   */
  public Job parse(Path jobFile, boolean inputsMustExist) {
    this.inputsMustExist = inputsMustExist;
    file = jobFile.toString();
    if (!Files.isRegularFile(jobFile)) {
      throw new JobFileException(file, 0, null, "no such job file");
    }
    Node root;
    try (Reader r = Files.newBufferedReader(jobFile, StandardCharsets.UTF_8)) {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setCodePointLimit(1 << 20);
      root = new Yaml(options).compose(r);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
      throw new JobFileException(file, line, null, "not valid YAML: " + e.getProblem());
    } catch (IOException e) {
      throw new JobFileException(file, 0, null, "cannot read: " + e.getMessage());
    }
    if (!(root instanceof MappingNode map)) {
      throw new JobFileException(
          file, 1, null, "a job file is a mapping of keys (name:, inputs:, …)");
    }
    Map<String, Node> top = keys(map, TOP_KEYS, "");
    Path base = jobFile.toAbsolutePath().getParent();
    String name = scalar(top, "name", true);
    if (!NAME.matcher(name).matches()) {
      throw error(top.get("name"), "name", "use lower-case letters, digits, - and _");
    }
    int reportYear = year(top, "report_year");
    // Without a reference year, municipal figures go to the newest boundaries the project knows:
    // every earlier year maps forward to them, while the report year's own list may be older than
    // a 2022+ herkomst table's municipalities (issue 16, rule 9).
    int referenceYear =
        top.containsKey("reference_year")
            ? year(top, "reference_year")
            : MunicipalBoundaries.LAST_YEAR;
    // A URI (hdfs://, s3a://, file:) names a place on that store; a plain path is local as ever.
    Path rawDir = Stores.location(scalar(top, "raw_dir", true), base).normalize();
    if (!Files.isDirectory(rawDir)) {
      throw error(top.get("raw_dir"), "raw_dir", "no such folder: " + rawDir);
    }
    Path outputDir =
        Stores.location(
                top.containsKey("output_dir") ? scalar(top, "output_dir", true) : "../out/" + name,
                base)
            .normalize();
    String workbook = top.containsKey("workbook") ? scalar(top, "workbook", true) : name + ".xlsx";
    if (!workbook.matches("[A-Za-z0-9_.-]+\\.xlsx")) {
      throw error(top.get("workbook"), "workbook", "a plain file name ending in .xlsx");
    }
    double maxReject = top.containsKey("max_reject_share") ? share(top) : 0.01;
    Duplicates duplicates = duplicates(top);
    InputLimits limits = limits(top);
    List<JobInput> inputs = inputs(top, rawDir);
    List<String> chapters = names(top, "chapters", knownChapters, true);
    List<String> tables =
        top.containsKey("tables") ? names(top, "tables", knownTables, false) : List.of();
    DisclosureRules disclosure =
        top.containsKey("disclosure")
            ? new JobFileRules(this).disclosure(top.get("disclosure"))
            : DisclosureRules.DEFAULTS;
    return new Job(
        jobFile,
        name,
        reportYear,
        referenceYear,
        rawDir,
        outputDir,
        workbook,
        maxReject,
        duplicates,
        limits,
        inputs,
        chapters,
        tables,
        disclosure,
        new JobFileRules(this).drift(top));
  }

  Map<String, Node> keys(MappingNode map, Set<String> allowed, String prefix) {
    Map<String, Node> out = new HashMap<>();
    for (NodeTuple t : map.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode k)) {
        throw error(t.getKeyNode(), prefix, "keys must be plain words");
      }
      if (!allowed.contains(k.getValue())) {
        throw error(k, prefix + k.getValue(), "unknown key; expected one of " + sorted(allowed));
      }
      out.put(k.getValue(), t.getValueNode());
    }
    return out;
  }

  private List<JobInput> inputs(Map<String, Node> top, Path rawDir) {
    Node node = top.get("inputs");
    if (!(node instanceof SequenceNode seq) || seq.getValue().isEmpty()) {
      throw error(node, "inputs", node == null ? "missing" : "a list of inputs (- path: …)");
    }
    Path realRaw = realPath(rawDir);
    List<JobInput> inputs = new ArrayList<>();
    for (Node item : seq.getValue()) {
      if (!(item instanceof MappingNode m)) {
        throw error(item, "inputs", "each input is a mapping with at least path:");
      }
      Map<String, Node> k = keys(m, INPUT_KEYS, "inputs.");
      String path = scalar(k, "path", true);
      Path resolved = rawDir.resolve(path).normalize();
      boolean exists = Files.exists(resolved);
      if (Path.of(path).isAbsolute()
          || Path.of(path).normalize().startsWith("..")
          || (exists && !realPath(resolved).startsWith(realRaw))) {
        throw error(k.get("path"), "inputs.path", "must stay inside raw_dir " + rawDir);
      }
      if (!exists && inputsMustExist) {
        throw error(
            k.get("path"),
            "inputs.path",
            "no such file in raw_dir: "
                + resolved
                + (k.containsKey("fetch") ? " (run ./migstat fetch first)" : ""));
      }
      ReadOptions options = ReadOptions.defaults();
      if (k.containsKey("source")) {
        try {
          options = options.withSource(SourceName.validate(scalar(k, "source", true)));
        } catch (IllegalArgumentException e) {
          throw error(k.get("source"), "inputs.source", e.getMessage());
        }
      }
      if (k.containsKey("period")) {
        options = options.withPeriod(scalar(k, "period", true));
      }
      if (k.containsKey("charset")) {
        try {
          options = options.withCharset(Charset.forName(scalar(k, "charset", true)));
        } catch (IllegalArgumentException e) {
          throw error(k.get("charset"), "inputs.charset", "unknown charset");
        }
      }
      FetchSpec fetch = null;
      if (k.containsKey("fetch")) {
        FetchSpec.Kind kind = FETCH_KINDS.get(scalar(k, "fetch", true));
        if (kind == null || options.source() == null) {
          throw error(
              k.get("fetch"),
              "inputs.fetch",
              kind == null
                  ? "expected one of " + sorted(FETCH_KINDS.keySet())
                  : "needs source: (the table to fetch)");
        }
        try {
          fetch = new FetchSpec(options.source(), kind, path);
        } catch (IllegalArgumentException e) {
          throw error(k.get("fetch"), "inputs.fetch", e.getMessage());
        }
      }
      inputs.add(new JobInput(resolved, path, options, fetch));
    }
    return inputs;
  }

  private List<String> names(
      Map<String, Node> top, String key, Set<String> known, boolean required) {
    Node node = top.get(key);
    if (!(node instanceof SequenceNode seq) || (required && seq.getValue().isEmpty())) {
      throw error(node, key, node == null ? "missing" : "a list of names");
    }
    List<String> out = new ArrayList<>();
    for (Node item : seq.getValue()) {
      if (!(item instanceof ScalarNode s) || !known.contains(s.getValue())) {
        throw error(
            item,
            key,
            "unknown name"
                + (item instanceof ScalarNode s ? " '" + s.getValue() + "'" : "")
                + "; expected one of "
                + sorted(known));
      }
      out.add(s.getValue());
    }
    return out;
  }

  String scalar(Map<String, Node> map, String key, boolean required) {
    Node node = map.get(key);
    if (node == null) {
      if (required) {
        throw new JobFileException(file, 0, key, "missing");
      }
      return null;
    }
    if (!(node instanceof ScalarNode s) || s.getValue().isBlank()) {
      throw error(node, key, "expected a single value");
    }
    return s.getValue().strip();
  }

  private int year(Map<String, Node> map, String key) {
    String s = scalar(map, key, true);
    if (!s.matches("(19|20)\\d\\d")) {
      throw error(map.get(key), key, "expected a year such as 2023, found '" + s + "'");
    }
    return Integer.parseInt(s);
  }

  private double share(Map<String, Node> map) {
    String s = scalar(map, "max_reject_share", true);
    try {
      double d = Double.parseDouble(s);
      if (d >= 0 && d <= 1) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw error(
        map.get("max_reject_share"), "max_reject_share", "a share between 0 and 1, e.g. 0.01");
  }

  private Duplicates duplicates(Map<String, Node> top) {
    if (!top.containsKey("duplicates")) {
      return Duplicates.DEFAULT;
    }
    try {
      return Duplicates.parse(scalar(top, "duplicates", true));
    } catch (IllegalArgumentException e) {
      throw error(top.get("duplicates"), "duplicates", "reject (the default) or fail");
    }
  }

  private InputLimits limits(Map<String, Node> top) {
    InputLimits limits = InputLimits.defaults();
    if (top.containsKey("max_line_bytes")) {
      limits = limits.withMaxLineBytes(size(top, "max_line_bytes"));
    }
    if (top.containsKey("max_json_bytes")) {
      limits = limits.withMaxJsonBytes(size(top, "max_json_bytes"));
    }
    if (top.containsKey("max_gzip_ratio")) {
      String s = scalar(top, "max_gzip_ratio", true);
      if (!s.matches("[1-9]\\d{0,8}")) {
        throw error(top.get("max_gzip_ratio"), "max_gzip_ratio", "a whole number, e.g. 200");
      }
      limits = limits.withMaxGzipRatio(Integer.parseInt(s));
    }
    return limits;
  }

  private long size(Map<String, Node> top, String key) {
    try {
      return InputLimits.parseSize(scalar(top, key, true));
    } catch (IllegalArgumentException e) {
      throw error(top.get(key), key, "a size in bytes or KiB, MiB, GiB, e.g. 1MiB");
    }
  }

  private static Path realPath(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  JobFileException error(Node node, String key, String problem) {
    int line = node == null ? 0 : node.getStartMark().getLine() + 1;
    return new JobFileException(file, line, key, problem);
  }

  private static String sorted(Set<String> s) {
    return s.stream().sorted().toList().toString();
  }
}
