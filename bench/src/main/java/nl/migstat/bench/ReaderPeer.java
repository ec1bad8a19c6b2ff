package nl.migstat.bench;

import java.util.HashMap;
import java.util.Map;
import nl.migstat.ingest.Formats;
import nl.migstat.ingest.Ingest;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.ReadOptions;
import nl.migstat.model.CodeEntry;
import nl.migstat.model.Observation;
import nl.migstat.model.ObservationSink;
import nl.migstat.model.Reject;

/**
 * migstat's side of the peer comparison: the project's own reader (format detection, value and flag
 * parsing, period normalising, the records check) streaming into a per (geo, year) sum.
 */
final class ReaderPeer {
  private ReaderPeer() {}

  static PeerTotals aggregate(InputFile file, ReadOptions options) {
    Totals totals = new Totals();
    new Ingest(Formats.all(), 1.0).read(file, options, totals);
    return new PeerTotals(totals.cells, totals.values, totals.sum, totals.groups.size());
  }

  /** Keeps only the running totals, so memory does not grow with the file. */
  private static final class Totals implements ObservationSink {
    private final Map<String, double[]> groups = new HashMap<>();
    private long cells;
    private long values;
    private double sum;

    @Override
    public void observation(Observation o) {
      cells++;
      double[] g = groups.computeIfAbsent(o.region() + '\t' + o.period(), k -> new double[2]);
      g[0]++;
      if (o.value() != null) {
        values++;
        sum += o.value();
        g[1] += o.value();
      }
    }

    @Override
    public void reject(Reject reject) {}

    @Override
    public void code(CodeEntry entry) {}

    @Override
    public void warn(String message) {}

    @Override
    public void restart() {
      groups.clear();
      cells = 0;
      values = 0;
      sum = 0;
    }
  }
}
