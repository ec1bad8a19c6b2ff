package nl.migstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class BuildVersionTest {
  private static Properties build(String version, String commit, String dirty) {
    Properties p = new Properties();
    p.setProperty("version", version);
    p.setProperty("commit", commit);
    p.setProperty("dirty", dirty);
    return p;
  }

  @Test
  void namesTheVersionAndTheCommit() {
    assertThat(
            BuildVersion.lines(build("0.1.0", "9687ebeafdf2a82f1f8b164afd75972ddd79127f", "false")))
        .containsExactly("migstat 0.1.0", "commit 9687ebeafdf2a82f1f8b164afd75972ddd79127f");
  }

  @Test
  void saysWhenTheBuildHadUncommittedChanges() {
    assertThat(BuildVersion.lines(build("0.1.0", "9687ebe", "true"))[1])
        .isEqualTo("commit 9687ebe (built with uncommitted changes)");
  }

  @Test
  void saysUnknownWhereTheBuildCouldNotTell() {
    assertThat(BuildVersion.lines(build("0.1.0", "unknown", "false"))[1])
        .isEqualTo("commit unknown");
    assertThat(BuildVersion.lines(build("${project.version}", "${migstat.commit}", "${x}")))
        .containsExactly("migstat unknown", "commit unknown");
    assertThat(BuildVersion.lines(new Properties()))
        .containsExactly("migstat unknown", "commit unknown");
  }
}
