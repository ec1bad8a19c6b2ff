package nl.migstat.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.migstat.model.TableInfo;
import nl.migstat.model.TableInfo.ColumnInfo;
import org.junit.jupiter.api.Test;

/** A code shown without a label is a warning in the log, once per code per run. */
class UnlabelledCodesTest {
  private static TableOutcome table(String name, String... codes) {
    TableInfo info =
        new TableInfo(
            name,
            name,
            "",
            List.of(),
            List.of(
                ColumnInfo.text("nationality_code", "Nationaliteit"),
                ColumnInfo.label("nationality_code", "Nationaliteit (naam)")));
    List<Map<String, Object>> rows =
        java.util.Arrays.stream(codes)
            .map(
                c -> {
                  Map<String, Object> row = new LinkedHashMap<>();
                  row.put("nationality_code", c);
                  row.put(
                      "nationality_code_label",
                      c.equals("NAT9444") ? "Syrisch" : TableInfo.unlabelled(c));
                  return row;
                })
            .toList();
    return TableOutcome.built(info, rows, List.of("cbs:80059ned"), 0.1);
  }

  @Test
  void eachUnlabelledCodeIsWarnedOfOncePerRunInCodeOrder() {
    ByteArrayOutputStream steps = new ByteArrayOutputStream();
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    Progress progress =
        new Progress(
            new PrintStream(steps, true, StandardCharsets.UTF_8),
            new PrintStream(warnings, true, StandardCharsets.UTF_8));
    UnlabelledCodes unlabelled = new UnlabelledCodes(progress);
    unlabelled.report(table("asylum_requests", "NAT9999", "NAT9444", "NAT9998", "NAT9999"));
    unlabelled.report(table("asylum_other", "NAT9999", "NAT9997"));
    assertThat(warnings.toString(StandardCharsets.UTF_8).lines())
        .hasSize(3)
        .satisfiesExactly(
            l ->
                assertThat(l)
                    .endsWith(
                        "warning: asylum_requests: no Dutch label for nationality_code NAT9998;"
                            + " shown as \"[code] NAT9998\""),
            l -> assertThat(l).contains("asylum_requests").contains("NAT9999"),
            l -> assertThat(l).contains("asylum_other").contains("NAT9997"));
    assertThat(steps.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
