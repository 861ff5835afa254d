package org.sverka.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sverka.text.Cited;

class CitedJsonTest {
  private static final Cited AT = Cited.of("kirov", 120, 164, 7, 8);

  private static Map<String, Object> put(CitedJson.Keys keys) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", 3);
    return CitedJson.put(m, AT, keys);
  }

  @Test
  void writesEachKeySetInItsOrderAfterWhatIsThere() {
    assertThat(CaseJson.write(put(CitedJson.Keys.LINE_START)))
        .isEqualTo(
            "{\n  \"id\" : 3,\n  \"doc\" : \"kirov\",\n  \"lineStart\" : 7,\n  \"lineEnd\" : 8,\n"
                + "  \"start\" : 120,\n  \"end\" : 164\n}");
    assertThat(put(CitedJson.Keys.LINE).keySet())
        .containsExactly("id", "doc", "line", "lineEnd", "start", "end");
    assertThat(put(CitedJson.Keys.LINES_ONLY).keySet())
        .containsExactly("id", "doc", "lineStart", "lineEnd");
  }
}
