package nl.migstat.store.parquet;

import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.statistics.Statistics;

/**
 * An encoded data page held until its row group is written: compressed bytes and what its page
 * header needs.
 */
record Page(
    BytesInput bytes,
    int uncompressedSize,
    int values,
    int rows,
    Statistics<?> statistics,
    Encoding valueEncoding) {}
