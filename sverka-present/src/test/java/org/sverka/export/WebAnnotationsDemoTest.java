package org.sverka.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sverka.query.CaseQueries;
import org.sverka.store.StoredDocument;
import org.sverka.text.LineMap;

/** The Web Annotation export of the demo case: valid, its selectors on the original texts. */
class WebAnnotationsDemoTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static CaseQueries q;
  static Map<String, String> texts = new HashMap<>();
  static Map<String, String> exported = new HashMap<>();

  @BeforeAll
  static void export() throws Exception {
    q = CaseQueries.open(DemoExportCase.dir());
    Exporter x = new Exporter(q);
    for (StoredDocument d : q.documents()) {
      texts.put(WebAnnotations.documentIri(d.id()), q.document(d.id(), true).text());
      exported.put(d.id(), x.annotations(d.id()));
    }
  }

  @AfterAll
  static void close() throws Exception {
    q.close();
  }

  @Test
  void everyAnnotationIsValidAgainstTheDataModelsSchema() throws Exception {
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("web-annotation-model.schema.json")) {
      schema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
              .getSchema(
                  in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }
    int n = 0;
    Map<String, Integer> motivations = new HashMap<>();
    for (var e : exported.entrySet()) {
      JsonNode c = JSON.readTree(e.getValue());
      assertThat(c.get("type").asText()).isEqualTo("AnnotationCollection");
      assertThat(c.get("total").asInt()).isEqualTo(c.get("first").get("items").size());
      Set<String> ids = new java.util.HashSet<>();
      for (JsonNode a : c.get("first").get("items")) {
        assertThat(ids.add(a.get("id").asText())).as("unique " + a.get("id")).isTrue();
        Set<ValidationMessage> errors = schema.validate(a);
        assertThat(errors).as(e.getKey() + " " + a.get("id")).isEmpty();
        motivations.merge(a.get("motivation").asText(), 1, Integer::sum);
        n++;
      }
    }
    assertThat(n).isGreaterThan(1000);
    assertThat(motivations).containsKeys("identifying", "describing", "linking");
  }

  @Test
  void theSchemaRefusesWhatTheModelForbids() throws Exception {
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("web-annotation-model.schema.json")) {
      schema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
              .getSchema(
                  in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
    }
    JsonNode noTarget =
        JSON.readTree(
            "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"id\":\"urn:x:1\","
                + "\"type\":\"Annotation\"}");
    JsonNode badSelector =
        JSON.readTree(
            "{\"@context\":\"http://www.w3.org/ns/anno.jsonld\",\"id\":\"urn:x:1\","
                + "\"type\":\"Annotation\",\"target\":{\"source\":\"urn:x:d\","
                + "\"selector\":{\"type\":\"TextPositionSelector\",\"start\":-1,\"end\":3}}}");
    assertThat(schema.validate(noTarget)).isNotEmpty();
    assertThat(schema.validate(badSelector)).isNotEmpty();
  }

  @Test
  void everySelectorSelectsItsTextInTheOriginal() throws Exception {
    int checked = 0;
    for (String json : exported.values()) {
      for (JsonNode a : JSON.readTree(json).get("first").get("items")) {
        checked += check(a.get("target"));
        for (JsonNode b : a.get("body")) {
          if (b.has("selector")) {
            checked += check(b);
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }

  /** The quote, position and line selectors of a resource agree with its document's text. */
  private static int check(JsonNode resource) {
    String text = texts.get(resource.get("source").asText());
    assertThat(text).as(resource.get("source").asText()).isNotNull();
    JsonNode sel = resource.get("selector");
    JsonNode quote = sel.get(0);
    JsonNode position = sel.get(1);
    JsonNode line = sel.get(2);
    int start = text.offsetByCodePoints(0, position.get("start").asInt());
    int end = text.offsetByCodePoints(0, position.get("end").asInt());
    assertThat(text.substring(start, end)).isEqualTo(quote.get("exact").asText());
    assertThat(text.substring(0, start)).endsWith(quote.get("prefix").asText());
    assertThat(text.substring(end)).startsWith(quote.get("suffix").asText());
    LineMap lines = LineMap.of(text);
    String[] range = line.get("value").asText().substring("line=".length()).split(",");
    assertThat(Integer.parseInt(range[0])).isEqualTo(lines.lineOf(start) - 1);
    assertThat(Integer.parseInt(range[1]))
        .isEqualTo(lines.lastLineOf(new org.sverka.text.Span(start, end)));
    return 1;
  }

  @Test
  void aQuotationLinksItsSource() throws Exception {
    int linked = 0;
    for (String json : exported.values()) {
      for (JsonNode a : JSON.readTree(json).get("first").get("items")) {
        if (a.get("id").asText().contains(":quotation:")
            && a.get("motivation").asText().equals("linking")) {
          assertThat(a.get("body").get(1).get("type").asText()).isEqualTo("SpecificResource");
          linked++;
        }
      }
    }
    assertThat(linked).isPositive();
  }

  @Test
  void theSameCaseGivesTheSameText() throws Exception {
    Exporter again = new Exporter(q);
    for (var e : exported.entrySet()) {
      assertThat(again.annotations(e.getKey())).isEqualTo(e.getValue());
    }
  }
}
