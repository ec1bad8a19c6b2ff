package nl.migstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code version follows the code, not the commit the build wrote beside it. */
class CodeVersionTest {
  private static final String CLASS = "nl/migstat/job/JobRunner.class";

  @TempDir Path tmp;

  @Test
  void aNewCommitAloneLeavesTheVersionOfAClassesFolderAsItWas() throws IOException {
    Path classes = tmp.resolve("classes");
    write(classes, CLASS, "code");
    write(classes, CodeVersion.BUILD_PROPERTIES, "commit=aaaa\n");
    String before = CodeVersion.of(classes);

    write(classes, CodeVersion.BUILD_PROPERTIES, "commit=bbbb\ndirty=true\n");
    assertThat(CodeVersion.of(classes)).isEqualTo(before).hasSize(16);

    write(classes, CLASS, "changed code");
    assertThat(CodeVersion.of(classes)).isNotEqualTo(before);
  }

  @Test
  void aNewCommitAloneLeavesTheVersionOfAJarAsItWas() throws IOException {
    String before =
        CodeVersion.of(jar("a.jar", Map.of(CLASS, "code", CodeVersion.BUILD_PROPERTIES, "c=a")));
    assertThat(
            CodeVersion.of(
                jar("b.jar", Map.of(CLASS, "code", CodeVersion.BUILD_PROPERTIES, "c=b"))))
        .isEqualTo(before);
    assertThat(
            CodeVersion.of(
                jar("c.jar", Map.of(CLASS, "other", CodeVersion.BUILD_PROPERTIES, "c=a"))))
        .isNotEqualTo(before);
  }

  @Test
  void theRunningCodeHasAVersion() {
    assertThat(CodeVersion.current()).isNotEqualTo("unknown").hasSize(16);
  }

  private static void write(Path root, String name, String text) throws IOException {
    Path file = root.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private Path jar(String name, Map<String, String> entries) throws IOException {
    Path jar = tmp.resolve(name);
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream zip = new JarOutputStream(out)) {
      // A different entry order in each jar: the version must not depend on it.
      TreeMap<String, String> ordered = new TreeMap<>(entries);
      for (var e : (name.startsWith("b") ? ordered.descendingMap() : ordered).entrySet()) {
        JarEntry entry = new JarEntry(e.getKey());
        entry.setTime(name.hashCode() * 1000L);
        zip.putNextEntry(entry);
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return jar;
  }
}
