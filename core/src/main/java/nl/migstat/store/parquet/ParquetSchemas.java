package nl.migstat.store.parquet;

import nl.migstat.model.Schemas;
import nl.migstat.model.TableColumn;
import nl.migstat.model.TableSchema;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

/**
 * The Parquet schemas of the ingest tables, derived from their declaration in {@link Schemas} in
 * the layout Spark's own writer gives them: strings as UTF-8 binaries, a map as the three-level
 * {@code key_value} group, and the message named {@code spark_schema}.
 */
public final class ParquetSchemas {
  /** The repeated group of a map's entries, and its two fields (Parquet LogicalTypes.md, MAP). */
  static final String MAP_ENTRIES = "key_value";

  static final String MAP_KEY = "key";
  static final String MAP_VALUE = "value";

  /** The observations, as the part files store them. */
  public static final MessageType OBSERVATIONS = of(Schemas.OBSERVATIONS);

  /** The code lists, as their part file stores them. */
  public static final MessageType CODES = of(Schemas.CODES);

  private ParquetSchemas() {}

  /** The Parquet schema of a declared table. */
  public static MessageType of(TableSchema table) {
    Types.MessageTypeBuilder message = Types.buildMessage();
    for (TableColumn c : table.columns()) {
      message.addField(field(c));
    }
    return message.named("spark_schema");
  }

  private static Type field(TableColumn c) {
    Repetition repetition = c.nullable() ? Repetition.OPTIONAL : Repetition.REQUIRED;
    return switch (c.type()) {
      case STRING -> string(repetition).named(c.name());
      case DOUBLE -> Types.primitive(PrimitiveTypeName.DOUBLE, repetition).named(c.name());
      case LONG -> Types.primitive(PrimitiveTypeName.INT64, repetition).named(c.name());
      case DATE ->
          Types.primitive(PrimitiveTypeName.INT32, repetition)
              .as(LogicalTypeAnnotation.dateType())
              .named(c.name());
      case STRING_MAP ->
          Types.buildGroup(repetition)
              .as(LogicalTypeAnnotation.mapType())
              .addField(
                  Types.repeatedGroup()
                      .addField(string(Repetition.REQUIRED).named(MAP_KEY))
                      .addField(string(Repetition.REQUIRED).named(MAP_VALUE))
                      .named(MAP_ENTRIES))
              .named(c.name());
    };
  }

  private static Types.PrimitiveBuilder<org.apache.parquet.schema.PrimitiveType> string(
      Repetition repetition) {
    return Types.primitive(PrimitiveTypeName.BINARY, repetition)
        .as(LogicalTypeAnnotation.stringType());
  }

  /** The path of the keys of map column {@code column}. */
  static String[] mapKey(String column) {
    return new String[] {column, MAP_ENTRIES, MAP_KEY};
  }

  /** The path of the values of map column {@code column}. */
  static String[] mapValue(String column) {
    return new String[] {column, MAP_ENTRIES, MAP_VALUE};
  }
}
