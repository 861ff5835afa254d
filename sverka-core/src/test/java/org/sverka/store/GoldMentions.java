package org.sverka.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sverka.entities.EntityType;
import org.sverka.entities.Mention;
import org.sverka.text.Span;

/**
 * Reads what the real mention finder and resolver made of the gold forms: every whole-word
 * occurrence of every gold form in every document of the case (longest form first, without
 * overlaps) is looked up among the case's mentions; the mentions of the same role that overlap the
 * occurrence give the entity the system assigned to it: a mention of the gold's type overlapping it
 * (the finder's "Nicolaiev" inside the gold "Nicolaiev's", or "Leonid Nicolaiev" around the gold
 * "Nicolaiev"), or a mention of any type with exactly its span (so "Kameney" read as a place counts
 * against the gold; the organisation "Lenin Institute" around "Lenin" does not). An occurrence no
 * such mention covers is a miss of the finder; nothing is inserted.
 */
public final class GoldMentions {
  private GoldMentions() {}

  /** A gold form, with the type and role the gold gives it. */
  public record Form(String form, EntityType type, Mention.Role role) {
    public String key() {
      return form + "|" + role;
    }
  }

  /**
   * What the case made of the gold forms.
   *
   * @param entities per {@link Form#key()}: the entity ids of the real mentions at its occurrences
   * @param occurrences per key: how often the form occurs in the documents
   * @param covered per key: how many of those occurrences a real mention of the role covers
   */
  public record Found(
      Map<String, Set<String>> entities,
      Map<String, Integer> occurrences,
      Map<String, Integer> covered) {
    public Set<String> of(String form, String role) {
      return entities.getOrDefault(form + "|" + role, Set.of());
    }
  }

  public static Found find(CaseFile cf, List<Form> forms) throws SQLException {
    List<Form> longestFirst = new ArrayList<>(forms);
    longestFirst.sort(
        Comparator.comparingInt((Form f) -> -f.form().length()).thenComparing(Form::form));
    Map<String, Set<String>> entities = new TreeMap<>();
    Map<String, Integer> occurrences = new TreeMap<>();
    Map<String, Integer> covered = new TreeMap<>();
    for (String doc : cf.documentIds()) {
      String text = cf.document(doc, true).orElseThrow().text();
      List<Object[]> real = mentions(cf, doc);
      List<Span> taken = new ArrayList<>();
      for (Form f : longestFirst) {
        for (int at = text.indexOf(f.form()); at >= 0; at = text.indexOf(f.form(), at + 1)) {
          int end = at + f.form().length();
          if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
              || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            continue;
          }
          Span s = new Span(at, end);
          if (taken.stream().anyMatch(t -> t.overlaps(s))) {
            continue;
          }
          taken.add(s);
          occurrences.merge(f.key(), 1, Integer::sum);
          boolean hit = false;
          for (Object[] m : real) {
            boolean exact = (int) m[0] == at && (int) m[1] == end;
            boolean inside = (int) m[0] >= at && (int) m[1] <= end;
            boolean around = (int) m[0] <= at && (int) m[1] >= end;
            boolean sameType = f.type().name().equals(m[4]);
            if (f.role().name().equals(m[2])
                && (exact
                    || sameType && inside
                    || sameType && around && f.type() == EntityType.PERSON)) {
              hit = true;
              if (m[3] != null) {
                entities.computeIfAbsent(f.key(), k -> new TreeSet<>()).add((String) m[3]);
              }
            }
          }
          if (hit) {
            covered.merge(f.key(), 1, Integer::sum);
          }
        }
      }
    }
    return new Found(entities, occurrences, covered);
  }

  /** start, end, role, entity, type of the document's mentions. */
  private static List<Object[]> mentions(CaseFile cf, String doc) throws SQLException {
    List<Object[]> out = new ArrayList<>();
    try (PreparedStatement ps =
        cf.connection()
            .prepareStatement(
                "SELECT start, end, role, entity, type FROM mentions WHERE doc=? ORDER BY start, id")) {
      ps.setString(1, doc);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Object[] {
                rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)
              });
        }
      }
    }
    return out;
  }
}
