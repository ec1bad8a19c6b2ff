package nl.migstat.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stages of one job run, read back from its progress log ({@code [ 12.3 s] step}): each step
 * line closes the stage that ran since the line before, so a stage's time is the gap between two
 * lines; chapter tables (build, collect, Parquet) are grouped per chapter. Inputs are read several
 * at a time, so {@code ingest <format>} adds up the reading time each input reports (thread time,
 * not wall), and {@code ingest, all inputs} is the wall time until the last input was written.
 */
public final class StageTimes {
  private static final Pattern LINE = Pattern.compile("^\\[\\s*([0-9.]+) s\\] (.*)$");
  private static final Pattern INGEST =
      Pattern.compile("ingest .+?: ([a-z0-9-]+), [^,]*, (\\d+) observations.*?(?:, ([0-9.]+) s)?");
  private static final Pattern INGESTED =
      Pattern.compile("ingested \\d+ inputs, (\\d+) at a time: (\\d+) observations written.*");

  /** A stage: its name, seconds, observations it handled (0 if none), and when it ran. */
  public record Stage(String name, double seconds, long observations, double start, double end) {}

  private StageTimes() {}

  /** Stages in the order they first ran; repeated names (one format, one chapter) add up. */
  public static List<Stage> parse(String log) {
    Map<String, Stage> stages = new LinkedHashMap<>();
    double previous = 0;
    String chapter = "chapter";
    for (String raw : log.split("\n")) {
      Matcher m = LINE.matcher(raw);
      if (!m.matches()) {
        continue;
      }
      double at = Double.parseDouble(m.group(1));
      String step = m.group(2);
      String name;
      long obs = 0;
      if (step.startsWith("  warning")) {
        continue; // printed with its input: not a stage of its own
      }
      Matcher i = INGEST.matcher(step);
      Matcher w = INGESTED.matcher(step);
      if (i.matches() && i.group(3) != null) {
        // Read in parallel: its own time, and the wall clock goes on.
        String format = "ingest " + i.group(1) + " (per input, summed)";
        double s = Double.parseDouble(i.group(3));
        stages.merge(
            format, new Stage(format, s, Long.parseLong(i.group(2)), at - s, at), StageTimes::add);
        continue;
      }
      if (i.matches()) {
        name = "ingest " + i.group(1);
        obs = Long.parseLong(i.group(2));
      } else if (w.matches()) {
        name = "ingest, all inputs (wall, " + w.group(1) + " at a time)";
        obs = Long.parseLong(w.group(2));
      } else if (step.startsWith("code lists: ")) {
        name = "code lists to Parquet";
      } else if (step.startsWith("chapter ")) {
        chapter = step;
        name = chapter;
      } else if (step.startsWith("  ")) {
        name = chapter;
      } else if (step.startsWith("drift")) {
        name = "drift check";
      } else if (step.startsWith("workbook ")) {
        name = "Excel write";
      } else if (step.startsWith("published ")) {
        name = "rejects, manifest, publish";
      } else {
        name = "other";
      }
      double start = previous;
      stages.merge(name, new Stage(name, at - start, obs, start, at), StageTimes::add);
      previous = at;
    }
    return new ArrayList<>(stages.values());
  }

  private static Stage add(Stage a, Stage b) {
    return new Stage(
        a.name(),
        a.seconds() + b.seconds(),
        a.observations() + b.observations(),
        Math.min(a.start(), b.start()),
        Math.max(a.end(), b.end()));
  }
}
