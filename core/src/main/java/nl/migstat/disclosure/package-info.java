/**
 * Disclosure control of a run's tables (issue 18, RELIABILITY.md "Disclosure control"): small
 * counts are kept secret, and so are the complements that would let a reader recompute them, and an
 * audit by linear programming proves that no secret count can be recomputed or narrowed below the
 * rule. Free of Spark and of the chapters: a table hands over its cells and equations.
 *
 * <h2>The rule</h2>
 *
 * A job file's {@code disclosure:} block maps key by key onto {@link
 * nl.migstat.disclosure.DisclosureRules} ({@link nl.migstat.disclosure.DisclosureRules#problems()}
 * names the wrong keys):
 *
 * <pre>
 * disclosure:
 *   threshold: 10        # fewer persons than this: secret (a 0 is not: CBS shows it as -)
 *   round_to: 5          # derived counts are shown rounded to multiples of this
 *   protection: 0.10     # a secret count's interval reaches ±10 % of it, at least 1 person
 *   applies_to: derived  # derived | all: counts the source publishes stay as published unless all
 * </pre>
 *
 * <ul>
 *   <li>A count of 0 is not secret: "nobody" says nothing about a person, CBS publishes it as
 *       {@code -}, and τ-ARGUS makes zeros unsafe only when its zero rule is chosen. An empty cell
 *       ({@code .}) is not secret either: it is {@link nl.migstat.disclosure.InputState#MISSING},
 *       unknown to the reader as to us.
 *   <li>Protection: a reader may infer an interval [min, max] for a secret count v; the rule asks
 *       min &le; max(0, v - p) and max &ge; v + p, with p = max(protection x v, 1 person). Without
 *       the one person, ±10 % of an 8 is [7.2, 8.8], which for whole persons is the 8 itself.
 *   <li>A count secret at the source ({@code x}) stays secret, and may not be narrowed to less than
 *       2 persons wide: our tables must not undo the publisher's protection.
 *   <li>Complements are not sensitive themselves; their intervals are reported, not judged.
 * </ul>
 *
 * <h2>How a table declares its cells</h2>
 *
 * <pre>
 * LinkedTables.Builder run = LinkedTables.builder();
 * TableCells population = run.table("population_by_background");
 * CellId total = population.count("GM0088|2019|totaal", 932, Origin.SOURCE);
 * CellId dutch = population.count("GM0088|2019|nederlands", 840, Origin.SOURCE);
 * ...
 * population.sum(total, dutch, western, nonWestern);          // a row, a column, a hierarchy level
 * TableCells profile = run.table("municipality_profile");
 * CellId inhabitants = profile.count("GM0088|2019|population", 932, Origin.SOURCE);
 * run.equal(inhabitants, total);                              // a link between tables
 * run.sum(nationalTotal, List.of(provinceTotals...));         // a link to a sum of cells
 * profile.derived("GM0088|2019|non_western_share", nonWestern, total);  // a share and its base
 * DisclosureOutcome outcome = DisclosureControl.protect(run.build(), rules);
 * </pre>
 *
 * Counts are nonnegative and additive; every equation must hold on the values handed over
 * (checked). A figure that is not a nonnegative count (a share, an index, a change, a type) is a
 * {@link nl.migstat.disclosure.DerivedFigure}: it is published only when its whole base is, which
 * is exact, since a figure computed from published cells tells nothing more. Counts the source
 * published as secret are declared with {@code secretAtSource}, empty ones with {@code missing}.
 * Hand over the true values: the engine rounds ({@link nl.migstat.disclosure.Rounding}) after it
 * decides.
 *
 * <h2>What it does</h2>
 *
 * <ol>
 *   <li><b>Primary suppression</b>: a covered count above 0 and below the threshold is {@code
 *       PRIMARY}; a derived figure over a primary or source-secret base is {@code PRIMARY} too.
 *   <li><b>Secondary suppression</b>, two steps that alternate ({@code SecondarySuppression}):
 *       closure, in which every equation left with exactly one hidden secret cell gets the cheapest
 *       complement, which carries its primary's protection on to its own equations (sdcTable's
 *       SIMPLEHEURISTIC condition), until no such equation is left; and repair, in which the audit
 *       solves every primary count's interval and each one still too narrow gets the cheapest
 *       complement in its own equations, or, breadth first, in those of the hidden cells around it.
 *       Every round hides one more cell, so it ends. Cost order: a cell whose value can carry the
 *       protection (it may fall to 0, so its value is how far the secret count may rise); then one
 *       that is the total of fewer equations (users want totals); then the smaller value; then the
 *       order of the cell ids (deterministic; equations are kept in an order of their own, so the
 *       order of declaration changes nothing). Derived figures over a complement become {@code
 *       SECONDARY}.
 *   <li><b>Audit</b> ({@link nl.migstat.disclosure.Audit}): for every secret count the least and
 *       greatest value it can take given all published counts, all equations and nonnegativity, by
 *       linear programming, one programme per connected part of the hidden cells (published cells
 *       are constants, so only the hidden cells linked to a secret one matter). Published values
 *       are taken as exact, even where shown rounded: rounding only widens what a reader infers, so
 *       the audit errs on the safe side. {@link nl.migstat.disclosure.AuditReport#violations()} are
 *       the counts narrower than the rule: the run fails on any; {@link
 *       nl.migstat.disclosure.AuditReport#summary()} goes into the manifest.
 *   <li><b>Rounding</b> ({@link nl.migstat.disclosure.Rounding}): each covered published count to
 *       the nearest multiple of {@code round_to}, halves up, as CBS rounds its derived counts
 *       (80059ned, 84809NED, KWB buurten); the equations whose shown total is not the sum of its
 *       shown parts are listed, and their tables carry "afgerond op 5; totalen kunnen afwijken van
 *       de som der delen".
 * </ol>
 *
 * <h2>Sources</h2>
 *
 * <ul>
 *   <li>Hundepool, Domingo-Ferrer, Franconi, Giessing, Schulte Nordholt, Spicer, de Wolf,
 *       <i>Statistical Disclosure Control</i>, Wiley 2012, chapter 4 (tabular data): primary rules,
 *       protection intervals, secondary cell suppression (hypercube, modular, optimal) and the
 *       audit of a pattern by the feasible interval of each suppressed cell.
 *   <li>The τ-ARGUS manual: the frequency rule with its safety range, the hypercube (GHMITER) and
 *       modular (HiTaS) methods, and the audit of a pattern.
 *   <li>R's sdcTable (Meindl): SIMPLEHEURISTIC, suppressing further cells until no constraint can
 *       be solved for a single suppressed cell; GAUSS (Langsrud's Gaussian elimination), choosing
 *       complements so that no primary cell is a linear combination of published ones.
 * </ul>
 *
 * Our closure step is SIMPLEHEURISTIC's condition, with the hypercube method's demand that a
 * complement be large enough to carry the protection (in a 2-D table it grows the rectangles that
 * the hypercube method picks at once). Neither condition alone rules out recomputation through
 * several equations, nor a too narrow interval, so the repair step is driven by the audit's linear
 * programmes, which find both (a recomputable cell has an interval of width 0): the result is
 * proven, not likely.
 *
 * <h2>Solver</h2>
 *
 * ojAlgo 57.1.0 (org.ojalgo:ojalgo, Maven Central): maintained (released in 2026), pure Java
 * without dependencies, so nothing clashes with Spark's classpath; its {@code
 * ExpressionsBasedModel} presolves and solves the small programmes of the audit in milliseconds.
 * Apache Commons Math 3.6.1's {@code SimplexSolver} dates from 2016, is no longer developed
 * (Commons Math 4 is still a beta) and works on a dense tableau; the tests use it as a second
 * opinion over the whole system.
 */
package nl.migstat.disclosure;
