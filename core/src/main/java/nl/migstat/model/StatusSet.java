package nl.migstat.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Every state a figure carries (provisional and a break and estimated can hold together), strongest
 * first in the order of {@link Status}; stored as the {@code states} column.
 *
 * <p>There is one instance per combination (2<sup>10</sup> of them, made once), and so one {@link
 * #code()} string per combination: the Parquet store finds a value it has seen by identity first
 * ({@link ObservationSink}), so the millions of flagged cells of a Eurostat bulk file cost it one
 * dictionary entry per flag combination, never a string per cell.
 */
public final class StatusSet {
  /** Separates the codes in {@link #code()}: {@code break,estimated,provisional}. */
  public static final String DELIMITER = ",";

  private static final Status[] STATUSES = Status.values();
  private static final StatusSet[] ALL = new StatusSet[1 << STATUSES.length];

  static {
    for (int bits = 0; bits < ALL.length; bits++) {
      ALL[bits] = new StatusSet(bits);
    }
  }

  /** The set of an ordinary figure. */
  public static final StatusSet NONE = ALL[0];

  private final int bits;
  private final List<Status> statuses;
  private final Status strongest;
  private final String code;

  private StatusSet(int bits) {
    this.bits = bits;
    List<Status> in = new ArrayList<>();
    for (Status s : STATUSES) {
      if ((bits & bit(s)) != 0) {
        in.add(s);
      }
    }
    this.statuses = Collections.unmodifiableList(in);
    this.strongest = in.isEmpty() ? null : in.get(0);
    this.code =
        in.isEmpty() ? null : String.join(DELIMITER, in.stream().map(Status::code).toList());
  }

  private static int bit(Status s) {
    return 1 << s.ordinal();
  }

  /** The set holding {@code status} alone, or {@link #NONE} for null. */
  public static StatusSet of(Status status) {
    return status == null ? NONE : ALL[bit(status)];
  }

  /** The set of these statuses (nulls ignored). */
  public static StatusSet of(Status... statuses) {
    int bits = 0;
    for (Status s : statuses) {
      if (s != null) {
        bits |= bit(s);
      }
    }
    return ALL[bits];
  }

  /**
   * Reads a stored {@code states} code back: codes joined by {@link #DELIMITER}, in any order; null
   * or empty is {@link #NONE}.
   *
   * @throws IllegalArgumentException for a code that is no {@link Status}
   */
  public static StatusSet fromCode(String code) {
    if (code == null || code.isEmpty()) {
      return NONE;
    }
    int bits = 0;
    for (String part : code.split(DELIMITER, -1)) {
      bits |= bit(Status.fromCode(part.strip()));
    }
    return ALL[bits];
  }

  /** This set with {@code status} added (the same set for null). */
  public StatusSet with(Status status) {
    return status == null ? this : ALL[bits | bit(status)];
  }

  /** Every state of this set and of {@code other}. */
  public StatusSet union(StatusSet other) {
    return ALL[bits | other.bits];
  }

  /** This set without {@code status}. */
  public StatusSet without(Status status) {
    return status == null ? this : ALL[bits & ~bit(status)];
  }

  /** The strongest state, or null for an ordinary figure. */
  public Status strongest() {
    return strongest;
  }

  public boolean contains(Status status) {
    return status != null && (bits & bit(status)) != 0;
  }

  public boolean isEmpty() {
    return bits == 0;
  }

  /** The states, strongest first. */
  public List<Status> statuses() {
    return statuses;
  }

  /**
   * The stored form: the codes strongest first, joined by {@link #DELIMITER} ({@code
   * break,estimated,provisional}), the same object for every call on an equal set; null for {@link
   * #NONE}, as {@code status} is null for an ordinary figure.
   */
  public String code() {
    return code;
  }

  @Override
  public String toString() {
    return code == null ? "[]" : "[" + code + "]";
  }
}
