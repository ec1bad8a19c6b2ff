package nl.migstat.ingest.odata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.migstat.ingest.InputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedPagesTest {
  @Test
  void namesAPageByTheSkipOfItsLink() {
    // CBS v3: "odata.nextLink":
    // "https://opendata.cbs.nl/ODataApi/OData/84809NED/TypedDataSet?$skip=10000"
    assertThat(
            SavedPages.nextPage(
                "TypedDataSet",
                "https://opendata.cbs.nl/ODataApi/OData/84809NED/TypedDataSet?$skip=10000",
                10_000))
        .isEqualTo("TypedDataSet_skip10000.json");
    // URL-encoded, beside other query options, as v4 writes it
    assertThat(
            SavedPages.nextPage(
                "Observations", "Observations?$filter=x%20eq%201&%24skip=20000&$top=5", 20_000))
        .isEqualTo("Observations_skip20000.json");
  }

  @Test
  void aLinkWithAMalformedEscapeIsReadAsWritten() {
    // URLDecoder threw IllegalArgumentException on it, through the reader (issue 21, fuzzing).
    assertThat(SavedPages.skipOf("https://x/TypedDataSet?$skip=10000&x=%zz")).hasValue(10000);
    assertThat(SavedPages.nextPage("TypedDataSet", "https://x/TypedDataSet?a=%zz", 8))
        .isEqualTo("TypedDataSet_skip8.json");
  }

  @Test
  void namesAPageWithoutSkipByTheRowsBeforeIt() {
    assertThat(SavedPages.nextPage("Observations", "Observations?$skiptoken=abc", 12_345))
        .isEqualTo("Observations_skip12345.json");
  }

  @Test
  void recognisesPagesOfOneSetOnly() {
    assertThat(SavedPages.isPage("TypedDataSet", "TypedDataSet.json")).isTrue();
    assertThat(SavedPages.isPage("TypedDataSet", "TypedDataSet_skip100000.json")).isTrue();
    assertThat(SavedPages.isPage("TypedDataSet", "TypedDataSet_skipx.json")).isFalse();
    assertThat(SavedPages.isPage("TypedDataSet", "UntypedDataSet_skip10.json")).isFalse();
  }

  /**
   * A link without {@code $skip} is saved by fetch under the rows before it; the reader must find
   * the page under the same name rather than refuse the table.
   */
  @Test
  void theReaderFollowsALinkWithoutSkipToThePageFetchSaved(@TempDir Path dir) throws IOException {
    write(
        dir.resolve("Observations.json"),
        "{\"value\":[{\"Id\":0},{\"Id\":1}],"
            + "\"@odata.nextLink\":\"https://example.org/Observations?$skiptoken=2\"}");
    write(dir.resolve("Observations_skip2.json"), "{\"value\":[{\"Id\":2}]}");
    List<String> ids = new ArrayList<>();
    PageChain.Walk walk =
        new PageChain(
                new InputFile(dir.resolve("Observations.json")), "Observations", "@odata.nextLink")
            .walk(page -> (index, line, row) -> ids.add(row.get("Id").text()));
    assertThat(walk.pages()).containsExactly("Observations.json", "Observations_skip2.json");
    assertThat(ids).containsExactly("0", "1", "2");
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
