/**
 * Downloads the latest CBS and Eurostat tables of a job into its raw folder, robustly: all OData
 * pages, a cache keyed by the publisher's modification date, retries with back-off, resume of a
 * body cut short, atomic replacement and SHA-256 records. Entry point: {@link
 * nl.migstat.fetch.Fetcher#fetch}.
 *
 * <h2>Where the bytes come from</h2>
 *
 * <ul>
 *   <li>CBS OData v3, base {@code https://opendata.cbs.nl/ODataApi/OData/}: {@code
 *       <id>/TableInfos?$format=json}, {@code <id>/DataProperties}, {@code <id>/CategoryGroups},
 *       one entity set per dimension (the {@code Key} of each DataProperties entity whose {@code
 *       Type} ends in {@code Dimension}: Dimension, TimeDimension, GeoDimension) and {@code
 *       <id>/TypedDataSet}, following {@code odata.nextLink} (CBS pages hold 10,000 rows).
 *   <li>CBS OData v4, base {@code https://odata4.cbs.nl/CBS/}: {@code <id>/Properties} (a
 *       singleton), {@code <id>/MeasureCodes}, {@code <id>/Dimensions}, {@code <id>/<Dim>Codes}
 *       per {@code Identifier} in Dimensions, and {@code <id>/Observations}, following {@code
 *       @odata.nextLink}.
 *   <li>Eurostat, base {@code https://ec.europa.eu/eurostat/api/dissemination/}: bulk TSV {@code
 *       sdmx/2.1/data/<id>?format=TSV&compressed=true} (a {@code .tsv.gz}, the replacement of the
 *       old Bulk Download facility) or SDMX-CSV 2.0 {@code
 *       sdmx/3.0/data/dataflow/ESTAT/<id>/1.0?format=csvdata&formatVersion=2.0}.
 * </ul>
 *
 * <h2>Saved layout (the OData readers depend on it)</h2>
 *
 * <p>Every file is saved byte for byte as the publisher served it (no re-encoding, no
 * pretty-printing, no merging of pages).
 *
 * <pre>
 * raw/
 *   fetch-records.json              one record per target (below)
 *   &lt;target of a CBS v3 table&gt;/     e.g. cbs/84809NED/
 *     TableInfos.json
 *     DataProperties.json
 *     CategoryGroups.json
 *     &lt;DimensionKey&gt;.json             e.g. Perioden.json, Geslacht.json (one per dimension)
 *     TypedDataSet.json               first page
 *     TypedDataSet_skip10000.json     next pages, named by the $skip of the odata.nextLink
 *     TypedDataSet_skip20000.json       that led to them
 *   &lt;target of a CBS v4 table&gt;/
 *     Properties.json
 *     MeasureCodes.json
 *     Dimensions.json
 *     &lt;Dim&gt;Codes.json                e.g. PeriodenCodes.json (one per dimension)
 *     Observations.json               first page
 *     Observations_skip&lt;N&gt;.json      next pages, named by the $skip of the @odata.nextLink
 *   &lt;target of a Eurostat dataset&gt;   one file, e.g. eurostat/migr_asyappctza.tsv.gz
 * </pre>
 *
 * <p>Page names follow {@link nl.migstat.ingest.odata.SavedPages}, which the readers follow too:
 * a reader of a CBS table reads {@code <set>.json} and then every {@code <set>_skip<N>.json}
 * in increasing numeric N (not string order: {@code _skip100000} comes after {@code _skip20000}).
 * N is the {@code $skip} query parameter of the next-page link; when a link has no {@code $skip},
 * N is the number of rows in the pages before it. A metadata entity set that pages is saved the
 * same way ({@code <set>_skip<N>.json}). A table folder is always complete: it is assembled in a
 * hidden sibling staging folder ({@code .<name>.staging-<uuid>}) and renamed into place only after
 * every page and metadata set arrived; a reader must ignore hidden siblings and {@code *.part}
 * files.
 *
 * <h2>fetch-records.json</h2>
 *
 * <pre>
 * {"records": [{"source": "cbs:84809NED", "kind": "CBS_ODATA_V3", "target": "cbs/84809NED",
 *   "modified": "2024-06-28T02:00:00", "fetchedAt": "2025-01-31T10:15:30Z",
 *   "sha256": {"cbs/84809NED/TableInfos.json": "&lt;hex&gt;", ...}}]}
 * </pre>
 *
 * <p>{@code modified} is the publisher's date as written: v3 {@code TableInfos} {@code Modified},
 * v4 {@code Properties} {@code Modified}, Eurostat the {@code Last-Modified} header of a HEAD
 * request on the data URL (null when Eurostat sends none; the dataset is then downloaded on every
 * run). A table is "up to date" and not downloaded again when its record has the same source,
 * kind, target and date and every recorded file still has its recorded SHA-256. The check costs
 * one request (the TableInfos, Properties or HEAD request).
 *
 * <h2>Robustness</h2>
 *
 * <p>Each file goes to {@code <name>.part}, is checked against its Content-Length (and, for gzip,
 * inflated to its end), fsynced and renamed atomically. Connect errors, 408, 429 and 5xx are
 * retried with exponential back-off ({@link nl.migstat.fetch.RetryPolicy}); a body cut short is
 * resumed from the bytes already in the {@code .part} file with {@code Range} (and {@code If-Range}
 * on the first response's ETag or Last-Modified), or downloaded again from byte 0 when the server
 * answers 200. Other 4xx answers fail at once. JSON is read with size limits and Jackson {@code
 * StreamReadConstraints} (RELIABILITY.md, "JSON input").
 */
package nl.migstat.fetch;
