package org.sverka.reuse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sverka.text.LineMap;
import org.sverka.text.Span;

/**
 * The JSON shape of a passage, as {@code sverka reuse --format json} prints it and the distributed
 * job writes it: one place, so that both give the same fields.
 */
public final class PassageJson {
  private PassageJson() {}

  /** A text span: {@code {doc, lineStart, lineEnd, start, end, text}}. */
  public static Map<String, Object> span(String doc, String text, LineMap lines, Span span) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("doc", doc);
    m.put("lineStart", lines.lineOf(span.start()));
    m.put("lineEnd", lines.lastLineOf(span));
    m.put("start", span.start());
    m.put("end", span.end());
    m.put("text", text.substring(span.start(), span.end()));
    return m;
  }

  /** Rounded to three decimals, as identities and weights are printed. */
  public static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  /**
   * A passage: {@code {id, a, b, kind, identity, weight, wordsA, wordsB, ops}}, each op {@code {op,
   * a, b}} with {@code spelling: true} on spelling variants.
   */
  public static Map<String, Object> passage(
      long id, Passage p, String textA, LineMap linesA, String textB, LineMap linesB) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("a", span(p.docA(), textA, linesA, p.a()));
    m.put("b", span(p.docB(), textB, linesB, p.b()));
    m.put("kind", p.kind().name());
    m.put("identity", round(p.identity()));
    m.put("weight", round(p.weight()));
    m.put("wordsA", p.tokensA());
    m.put("wordsB", p.tokensB());
    List<Object> ops = new ArrayList<>();
    for (AlignOp o : p.ops()) {
      Map<String, Object> om = new LinkedHashMap<>();
      om.put("op", o.op().json());
      om.put("a", textA.substring(o.a().start(), o.a().end()));
      om.put("b", textB.substring(o.b().start(), o.b().end()));
      if (o.spelling()) {
        om.put("spelling", true);
      }
      ops.add(om);
    }
    m.put("ops", ops);
    return m;
  }
}
