package nl.migstat.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.GZIPInputStream;

/**
 * The peer a user might pick instead: DuckDB over JDBC reads the same Eurostat bulk file, unpivots
 * the years, splits value and flag and sums per (geo, year).
 */
final class DuckDbPeer implements AutoCloseable {
  private final Connection connection;
  private final String version;

  DuckDbPeer(int threads) throws SQLException {
    connection = DriverManager.getConnection("jdbc:duckdb:");
    version = connection.getMetaData().getDatabaseProductVersion();
    try (Statement s = connection.createStatement()) {
      s.execute("SET threads = " + threads);
    }
  }

  /** DuckDB's own version, as its engine reports it. */
  String version() {
    return version;
  }

  PeerTotals aggregate(Path file) throws IOException, SQLException {
    String sql =
        "SELECT count(*), sum(n), sum(nv), sum(s) FROM ("
            + " SELECT string_split(column0, ',')[-1] AS geo, col, count(*) AS n, count(v) AS nv,"
            + " sum(v) AS s FROM ("
            + "  SELECT column0, col, TRY_CAST(split_part(trim(cell), ' ', 1) AS DOUBLE) AS v FROM ("
            + "   UNPIVOT (SELECT * FROM read_csv('"
            + file.toAbsolutePath().toString().replace("'", "''")
            + "', delim='\t', header=false, skip=1, all_varchar=true, quote='', escape='',"
            + " columns="
            + columns(file)
            + "))"
            + "   ON COLUMNS(* EXCLUDE (column0)) INTO NAME col VALUE cell))"
            + " GROUP BY geo, col)";
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return new PeerTotals(r.getLong(2), r.getLong(3), r.getDouble(4), r.getLong(1));
    }
  }

  /** {@code {'column0': 'VARCHAR', ...}}: one column per tab-separated header field. */
  private static String columns(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int n = r.readLine().split("\t", -1).length;
      StringBuilder b = new StringBuilder("{");
      for (int i = 0; i < n; i++) {
        b.append(i == 0 ? "" : ", ").append("'column").append(i).append("': 'VARCHAR'");
      }
      return b.append('}').toString();
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
