package nl.migstat.fetch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.migstat.ingest.BadInputException;
import nl.migstat.ingest.InputFile;
import nl.migstat.ingest.odata.JsonLimits;
import nl.migstat.ingest.odata.ODataJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetch and the readers parse under one policy: what one refuses, the other refuses too. */
class SavedJsonTest {
  @Test
  void refusesTheNestingTheReadersRefuse(@TempDir Path dir) throws IOException {
    String deep = "[".repeat(JsonLimits.MAX_NESTING) + "]".repeat(JsonLimits.MAX_NESTING);
    Path page = dir.resolve("TypedDataSet.json");
    Files.writeString(page, "{\"value\":[{\"x\":" + deep + "}]}", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SavedJson.scanPage(page, "odata.nextLink"))
        .hasMessageContaining("nesting depth");
    assertThatThrownBy(() -> ODataJson.read(new InputFile(page), (i, l, r) -> {}))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("nesting depth");
  }

  @Test
  void refusesDuplicateKeysAsTheReadersDo(@TempDir Path dir) throws IOException {
    Path meta = dir.resolve("TableInfos.json");
    Files.writeString(
        meta, "{\"value\":[{\"Modified\":\"a\",\"Modified\":\"b\"}]}", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SavedJson.readMetadata(meta)).hasMessageContaining("Duplicate field");
  }
}
