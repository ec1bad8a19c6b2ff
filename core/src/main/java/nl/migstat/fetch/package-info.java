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
 *   <li>CBS OData v3 tables above the API's limit (10,000 cells per request), base {@code
 *       https://opendata.cbs.nl/ODataFeed/odata/}: the same entity sets and nextLink pages. Used
 *       for the data set when the API refuses it with an HTTP error other than 404, and for every
 *       set with {@code fetch: cbs-odata-v3-feed} (cbs.nl, "StatLine als open data": the Feed is
 *       for large downloads and has no maximum number of records).
 *   <li>Eurostat, base {@code https://ec.europa.eu/eurostat/api/dissemination/}: bulk TSV {@code
 *       sdmx/2.1/data/<id>?format=TSV&compressed=true} (a {@code .tsv.gz}, the replacement of the
 *       old Bulk Download facility) or SDMX-CSV 2.0 {@code
 *       sdmx/3.0/data/dataflow/ESTAT/<id>/1.0?format=csvdata&formatVersion=2.0}. A reply that
 *       announces asynchronous delivery (a small XML or JSON note with a key) is followed to {@code
 *       1.0/async/status/<key>} until AVAILABLE and then {@code 1.0/async/data/<key>}; a 413
 *       (EXTRACTION_TOO_BIG) fails the dataset at once with Eurostat's text (Eurostat, "API -
 *       Detailed guidelines - Asynchronous API").
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
 * hidden sibling staging folder ({@code .<name>.staging}) and renamed into place only after every
 * page and metadata set arrived; a reader must ignore hidden names (the staging folders, {@code
 * .<name>.old-*} during a publication, {@code .fetch.lock}, a Eurostat file's {@code
 * .<name>.download}) and {@code *.part} files. After a failure the staging folder stays, with the
 * complete pages and a stamp naming their version, and the next fetch of the same version resumes
 * from the first missing page.
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
 * retried with exponential back-off, or after the wait a {@code Retry-After} asks for, up to a cap
 * ({@link nl.migstat.fetch.RetryPolicy}); a body cut short is resumed from the bytes already in the
 * {@code .part} file with {@code Range} and {@code If-Range} (the first response's strong ETag, else
 * its Last-Modified), or downloaded again from byte 0 when the server answers 200, serves another
 * version, or gave no validator. Other 4xx answers, and a TLS certificate that does not verify,
 * fail at once; every failure quotes the start of the server's error body. Timeouts bound the
 * connect, the wait for headers and between body bytes, and one file in all ({@link
 * nl.migstat.fetch.Timeouts}). Proxies come from the environment as curl reads them ({@link
 * nl.migstat.fetch.ProxyRules}). One fetch at a time holds the raw folder ({@code .fetch.lock}).
 * JSON is read with size limits and Jackson {@code StreamReadConstraints} (RELIABILITY.md, "JSON
 * input").
 */
package nl.migstat.fetch;
