package nl.migstat.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts {@code nl.migstat.cli.Main} or a Spark daemon in a separate JVM with the test classpath
 * and the Java 17 flags Spark 3.5 needs (STACK.md), so a test can kill it or run a cluster.
 */
final class ChildJvm {
  private ChildJvm() {}

  /** The test classpath (surefire's real one, not its manifest-only booter jar). */
  static String classPath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
  }

  /** The Spark flags of this JVM (surefire's argLine), else {@code spark.jvm.flags} of pom.xml. */
  static List<String> sparkFlags() {
    List<String> flags =
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(
                a ->
                    a.startsWith("--add-opens")
                        || a.startsWith("-Djdk.reflect.")
                        || a.equals("-XX:+IgnoreUnrecognizedVMOptions"))
            .toList();
    return flags.stream().anyMatch(f -> f.startsWith("--add-opens")) ? flags : pomFlags();
  }

  private static List<String> pomFlags() {
    try {
      String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
      Matcher m = Pattern.compile("<spark.jvm.flags>(.*)</spark.jvm.flags>").matcher(pom);
      if (!m.find()) {
        throw new IllegalStateException("no spark.jvm.flags in pom.xml");
      }
      return Arrays.asList(m.group(1).trim().split("\\s+"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A process builder for {@code java <flags> <jvmOptions> -cp <test classpath> <main> <args>} in
   * {@code dir}, its output (both streams) appended to {@code log}, bound to 127.0.0.1.
   */
  static ProcessBuilder builder(
      List<String> jvmOptions, String mainClass, List<String> args, Path dir, Path log) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(sparkFlags());
    cmd.add("-Duser.timezone=UTC");
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.addAll(jvmOptions);
    cmd.add("-cp");
    cmd.add(classPath());
    cmd.add(mainClass);
    cmd.addAll(args);
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    return pb;
  }

  /** The last {@code max} characters of a child's log, for failure messages. */
  static String tail(Path log, int max) {
    try {
      String s = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
      return s.length() <= max ? s : "…" + s.substring(s.length() - max);
    } catch (IOException e) {
      return "(log unreadable: " + e.getMessage() + ")";
    }
  }
}
