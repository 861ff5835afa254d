package org.sverka.stage;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sverka.document.Part;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;
import org.sverka.store.EntityTables.StoredMention;
import org.sverka.store.StoredDocument;
import org.sverka.time.Edtf;

/**
 * The mentions of an entity grouped by the document part they stand in, ordered by the part's date
 * (its statement date, else the document's; undated parts last), then document and line: what
 * {@code sverka entity} and the report's entity pages show.
 */
public final class MentionGroups {
  private MentionGroups() {}

  /** The mentions in one part of one document. */
  public record Group(
      String doc,
      String docTitle,
      int part,
      String title,
      String date,
      int lineStart,
      int lineEnd,
      List<StoredMention> mentions) {}

  public static List<Group> of(CaseFile cf, List<StoredMention> mentions) throws SQLException {
    Map<String, StoredDocument> docs = new HashMap<>();
    Map<String, Group> groups = new LinkedHashMap<>();
    for (StoredMention m : mentions) {
      String doc = m.mention().doc();
      StoredDocument d = docs.get(doc);
      if (d == null) {
        d = new DocumentTables(cf).document(doc, false).orElseThrow();
        docs.put(doc, d);
      }
      int ord = 0;
      Part part = null;
      for (int i = 0; i < d.parts().size(); i++) {
        Part p = d.parts().get(i);
        if (p.lineStart() <= m.mention().lineStart() && m.mention().lineStart() <= p.lineEnd()) {
          part = p;
          ord = i;
          break;
        }
      }
      String date = part != null && part.date() != null ? part.date() : d.meta().date();
      String title = part == null || part.implicit() ? null : part.title();
      StoredDocument dd = d;
      Part pp = part;
      int o = ord;
      groups
          .computeIfAbsent(
              doc + "#" + ord,
              k ->
                  new Group(
                      doc,
                      dd.meta().title() == null ? doc : dd.meta().title(),
                      o,
                      title,
                      date,
                      pp == null ? 1 : pp.lineStart(),
                      pp == null ? dd.lines() : pp.lineEnd(),
                      new ArrayList<>()))
          .mentions()
          .add(m);
    }
    List<Group> out = new ArrayList<>(groups.values());
    out.sort(
        Comparator.comparing(
                (Group g) -> when(g.date()).orElse(null),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Group::doc)
            .thenComparingInt(Group::part));
    for (Group g : out) {
      g.mentions().sort(Comparator.comparingInt(m -> m.mention().start()));
    }
    return out;
  }

  /** A date as EDTF, if it is one. */
  public static Optional<Edtf> when(String date) {
    return date == null ? Optional.empty() : Edtf.tryParse(date);
  }
}
