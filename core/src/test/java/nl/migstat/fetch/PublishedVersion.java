package nl.migstat.fetch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One version of what the kill test's publisher serves: a CBS v3 table of {@value #PAGES} pages
 * (its files by saved name) and a Eurostat bulk file, and how the loopback server serves them.
 *
 * @param name A or B
 * @param table the table's files, by the name fetch saves them under
 * @param tsv the Eurostat {@code .tsv.gz}
 */
record PublishedVersion(String name, Map<String, byte[]> table, byte[] tsv) {
  static final int PAGES = 24;
  static final String V3 = "/v3/84809NED/";
  static final String TSV = "/eurostat/sdmx/2.1/data/migr_asyappctza?format=TSV&compressed=true";

  /** A version of the fixture table with {@code modified} and values scaled by {@code factor}. */
  static PublishedVersion make(RecordedServer server, String name, String modified, int factor)
      throws IOException {
    Map<String, byte[]> table = new LinkedHashMap<>();
    String infos = new String(server.fixture("cbs-v3/TableInfos.json"), StandardCharsets.UTF_8);
    table.put("TableInfos.json", utf8(infos.replace("2024-06-28T02:00:00", modified)));
    for (String set : List.of("DataProperties", "CategoryGroups", "Geslacht", "Perioden")) {
      table.put(set + ".json", server.fixture("cbs-v3/" + set + ".json"));
    }
    for (int page = 0; page < PAGES; page++) {
      String file = page == 0 ? "TypedDataSet.json" : "TypedDataSet_skip" + page * 10_000 + ".json";
      table.put(file, page(server, page, factor));
    }
    StringBuilder tsv = new StringBuilder("freq,unit,citizen,geo\\TIME_PERIOD\t2022 \t2023 \n");
    Random r = new Random(factor);
    for (int i = 0; i < 6000; i++) {
      tsv.append("A,PER,C").append(i).append(",NL\t").append(r.nextInt(100_000) * factor);
      tsv.append(" \t").append(r.nextInt(100_000)).append(" \n");
    }
    return new PublishedVersion(name, table, LoopbackFetch.gzip(utf8(tsv.toString())));
  }

  private static byte[] page(RecordedServer server, int page, int factor) {
    StringBuilder s = new StringBuilder("{\n  \"odata.metadata\":\"");
    s.append(server.base())
        .append("v3/84809NED/$metadata#Cbs.OData.WebAPI.TypedDataSet\",\"value\":[");
    for (int i = 0; i < 20; i++) {
      s.append(i == 0 ? "" : ",").append("\n    {\"ID\":").append(page * 20 + i);
      s.append(",\"Geslacht\":\"T001038\",\"Perioden\":\"2022JJ00\",\"Immigratie_1\":");
      s.append((page * 20 + i) * factor).append('}');
    }
    s.append("\n  ]");
    if (page + 1 < PAGES) {
      s.append(",\"odata.nextLink\":\"").append(server.base());
      s.append("v3/84809NED/TypedDataSet?$format=json&$skip=")
          .append((page + 1) * 10_000)
          .append('"');
    }
    return utf8(s.append("\n}").toString());
  }

  /** Serves this version: every page a little late, the Eurostat file slowly. */
  void serve(RecordedServer server) {
    server.on(
        "GET", V3 + "TableInfos?$format=json", RecordedServer.ok(table.get("TableInfos.json")));
    for (String set : List.of("DataProperties", "CategoryGroups", "Geslacht", "Perioden")) {
      server.on("GET", V3 + set + "?$format=json", RecordedServer.ok(table.get(set + ".json")));
    }
    for (int page = 0; page < PAGES; page++) {
      String file = page == 0 ? "TypedDataSet.json" : "TypedDataSet_skip" + page * 10_000 + ".json";
      String query = page == 0 ? "" : "&$skip=" + page * 10_000;
      server.on(
          "GET",
          V3 + "TypedDataSet?$format=json" + query,
          RecordedServer.late(40, RecordedServer.ok(table.get(file))));
    }
    String modified =
        name.equals("A") ? "Wed, 26 Mar 2025 23:00:00 GMT" : "Thu, 27 Mar 2025 23:00:00 GMT";
    server.on("HEAD", TSV, RecordedServer.head("Last-Modified", modified));
    server.on("GET", TSV, RecordedServer.slowly(tsv, 8 * 1024, 25, "Last-Modified", modified));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
