package nl.migstat.job;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.migstat.chapters.Chapters;
import nl.migstat.chapters.RunCells;
import nl.migstat.chapters.TableNeeded;
import nl.migstat.disclosure.Audit;
import nl.migstat.disclosure.AuditReport;
import nl.migstat.disclosure.DisclosureControl;
import nl.migstat.disclosure.DisclosureRules;
import nl.migstat.disclosure.LinkedTables;
import nl.migstat.disclosure.RoundedCounts;
import nl.migstat.disclosure.Rounding;
import nl.migstat.disclosure.SuppressionPattern;
import nl.migstat.export.DisclosureRecord;

/**
 * The step between building the tables and writing them: disclosure control of all the run's tables
 * at once ({@link nl.migstat.disclosure}), since tables share margins (a municipality's total in
 * table 1 and in the profile, a group's column in table 1 and its sum in concentration). Each
 * chapter declares its cells; primary and secondary suppression decide which are secret; the audit
 * proves by linear programming that no secret count can be recomputed or narrowed below the rule
 * from everything the run publishes, and the run fails otherwise; the counts this pipeline derives
 * are rounded. Carried-over tables ({@code --only}) take part with their published cells, their
 * secret ones as secret at the source.
 */
final class ProtectTables {
  /**
   * The run's tables as they are published, and what disclosure control did.
   *
   * @param chapters the chapters with their tables' rows as published
   * @param record the manifest's record of it
   * @param ruleLines the rule in Dutch, for the explanation sheet
   * @param changed the tables whose rows or footnotes disclosure control changed
   * @param audit the feasible interval of every secret count, as the audit proved it
   */
  record Protected(
      List<ChapterOutcome> chapters,
      DisclosureRecord record,
      List<String> ruleLines,
      Set<String> changed,
      AuditReport audit) {}

  private final Chapters chapters;
  private final Progress progress;

  ProtectTables(Chapters chapters, Progress progress) {
    this.chapters = chapters;
    this.progress = progress;
  }

  /**
   * The job's tables under its rule.
   *
   * @throws DisclosureAuditException when a secret count could be narrowed below the rule
   * @throws JobFileException when the job builds a table without the table its figures need
   */
  Protected protect(Job job, List<ChapterOutcome> built) {
    DisclosureRules rules = job.disclosure();
    RunCells cells = declare(job, built);
    LinkedTables tables = cells.build();
    long start = System.nanoTime();
    SuppressionPattern pattern = DisclosureControl.suppress(tables, rules);
    long suppressed = System.nanoTime();
    AuditReport audit = Audit.of(tables, pattern, rules);
    long audited = System.nanoTime();
    if (!audit.passed()) {
      throw new DisclosureAuditException(RuleWords.keys(rules), audit.describeViolations());
    }
    RoundedCounts rounded = Rounding.round(tables, pattern, rules);
    PublishedCells published = new PublishedCells(cells.locations(), pattern, rounded, tables);
    List<ChapterOutcome> chapterOutcomes = new ArrayList<>();
    Set<String> changed = new HashSet<>();
    for (ChapterOutcome chapter : built) {
      List<TableOutcome> outcomes = new ArrayList<>();
      for (TableOutcome table : chapter.tables()) {
        outcomes.add(published.apply(table));
        if (published.changes(table.name())) {
          changed.add(table.name());
        }
      }
      chapterOutcomes.add(chapter.withTables(outcomes));
    }
    DisclosureRecord record =
        record(
            rules,
            tables,
            audit,
            published,
            (suppressed - start) / 1e9,
            (audited - suppressed) / 1e9);
    report(record, cells);
    return new Protected(chapterOutcomes, record, RuleWords.dutch(rules), changed, audit);
  }

  /** Every chapter of the job declares the cells of its tables that the run has rows of. */
  private RunCells declare(Job job, List<ChapterOutcome> built) {
    Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
    for (ChapterOutcome chapter : built) {
      for (TableOutcome table : chapter.tables()) {
        if (!table.isSkipped()) {
          rows.put(table.name(), table.rows());
        }
      }
    }
    RunCells cells = new RunCells(rows);
    for (String name : job.chapters()) {
      try {
        chapters.chapter(name).orElseThrow().cells().declare(cells);
      } catch (TableNeeded e) {
        throw new JobFileException(job.file().toString(), 0, "tables", e.getMessage());
      }
    }
    return cells;
  }

  private static DisclosureRecord record(
      DisclosureRules rules,
      LinkedTables tables,
      AuditReport audit,
      PublishedCells published,
      double suppression,
      double auditing) {
    AuditReport.Summary s = audit.summary();
    return new DisclosureRecord(
        rules.threshold(),
        rules.roundTo(),
        rules.protection(),
        rules.appliesTo().key(),
        s.cells(),
        tables.equations().size(),
        s.secretPrimary(),
        s.secretSecondary(),
        s.secretAtSource(),
        s.narrowestRelativeInterval(),
        hundredths(suppression),
        hundredths(auditing),
        published.perTable());
  }

  private void report(DisclosureRecord d, RunCells cells) {
    progress.step(
        "disclosure (%s): %d cells, %d sums; secret %d primary, %d secondary, %d at source;"
            + " suppression %.2f s, audit %.2f s",
        d.appliesTo(),
        d.cells(),
        d.equations(),
        d.secretPrimary(),
        d.secretSecondary(),
        d.secretAtSource(),
        d.suppressionSeconds(),
        d.auditSeconds());
    // Split estimates allocate the total and each group on their own, so their total need not be
    // the sum of the groups: no identity a reader can use, and not declared.
    if (!cells.unbalanced().isEmpty()) {
      progress.step(
          "disclosure: %d sums not declared, their parts do not add up to the total (first: %s)",
          cells.unbalanced().size(), cells.unbalanced().get(0));
    }
  }

  private static double hundredths(double seconds) {
    return Math.round(seconds * 100) / 100.0;
  }
}
