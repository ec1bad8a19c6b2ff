package nl.migstat.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.migstat.ingest.InputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
  @TempDir Path tmp;

  private List<CsvRecord> read(String content, char delimiter) throws IOException {
    Path p = tmp.resolve("t.csv");
    Files.writeString(p, content, StandardCharsets.UTF_8);
    try (CsvReader r = new CsvReader(new InputFile(p), StandardCharsets.UTF_8, delimiter)) {
      return r.readAll();
    }
  }

  @Test
  void keepsQuotedNewlinesInsideCrlfRecordsAsTableInfosHasThem() throws IOException {
    List<CsvRecord> rs = read("Key,Description\r\n1,\"first\nsecond\"\r\n2,x\r\n", ',');
    assertThat(rs).hasSize(3);
    assertThat(rs.get(1).fields()).containsExactly("1", "first\nsecond");
    assertThat(rs.get(1).line()).isEqualTo(2);
    assertThat(rs.get(1).endLine()).isEqualTo(3);
    assertThat(rs.get(2).line()).isEqualTo(4);
  }

  @Test
  void unescapesDoubledQuotesAndStripsTheBom() throws IOException {
    List<CsvRecord> rs = read("\uFEFF\"a\";\"say \"\"hi\"\"\";\"\"\n", ';');
    assertThat(rs.get(0).fields()).containsExactly("a", "say \"hi\"", "");
    assertThat(rs.get(0).quoted()).containsExactly(true, true, true);
  }

  @Test
  void reportsTextAfterAClosingQuote() throws IOException {
    assertThat(read("\"a\"b;c\n", ';').get(0).error())
        .isEqualTo("unexpected character 'b' after a closing quote in field 1, 'a'");
  }

  @Test
  void reportsAStrayQuoteInAnUnquotedField() throws IOException {
    assertThat(read("ab\"c;d\n", ';').get(0).error())
        .isEqualTo("stray quote inside unquoted field 1, 'ab\"'");
  }
}
