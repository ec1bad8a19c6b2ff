package nl.migstat.chapters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.migstat.chapters.arbeidsmarkt.Arbeidsmarkt;
import nl.migstat.chapters.gemeenten.Gemeenten;
import nl.migstat.chapters.migratiestromen.Migratiestromen;

/** The report's chapters, in report order, and the tables each one has. */
public final class Chapters {
  private final Map<String, Chapter<?>> byName = new LinkedHashMap<>();

  public Chapters(List<Chapter<?>> chapters) {
    chapters.forEach(c -> byName.put(c.name(), c));
  }

  /** Every chapter of the project. */
  public static Chapters all() {
    return new Chapters(List.of(new Migratiestromen(), new Arbeidsmarkt(), new Gemeenten()));
  }

  public Optional<Chapter<?>> chapter(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public Set<String> names() {
    return byName.keySet();
  }

  /** Every table name of every chapter. */
  public Set<String> tableNames() {
    Set<String> names = new TreeSet<>();
    byName.values().forEach(c -> c.infos().forEach(t -> names.add(t.name())));
    return names;
  }
}
