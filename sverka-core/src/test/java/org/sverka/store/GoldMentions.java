package org.sverka.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sverka.entities.EntityType;
import org.sverka.entities.Mention;
import org.sverka.text.LineMap;
import org.sverka.text.Span;

/**
 * Makes mention rows from real text, for tests of the entity stage while the mention finder lives
 * on another branch: every whole-word occurrence of every given form in every document of the case,
 * longest form first, without overlaps, at its true offsets, lines and sentence; as the finder
 * would report them.
 */
public final class GoldMentions {
  private GoldMentions() {}

  /** A form to look for, with the type and role its mentions get. */
  public record Form(String form, EntityType type, Mention.Role role) {}

  /** Finds and inserts; returns the mentions inserted. */
  public static List<Mention> insert(CaseFile cf, List<Form> forms) throws SQLException {
    List<Form> longestFirst = new ArrayList<>(forms);
    longestFirst.sort(
        Comparator.comparingInt((Form f) -> -f.form().length()).thenComparing(Form::form));
    List<Mention> all = new ArrayList<>();
    for (String doc : cf.documentIds()) {
      String text = cf.document(doc, true).orElseThrow().text();
      LineMap lines = LineMap.of(text);
      List<int[]> sentences = sentences(cf, doc);
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
          all.add(
              new Mention(
                  doc,
                  at,
                  end,
                  lines.lineOf(at),
                  lines.lastLineOf(s),
                  sentenceAt(sentences, at),
                  f.form(),
                  f.type(),
                  f.role(),
                  "gold"));
        }
      }
    }
    all.sort(Comparator.comparing(Mention::doc).thenComparingInt(Mention::start));
    new EntityTables(cf).insertMentions(all);
    return all;
  }

  private static List<int[]> sentences(CaseFile cf, String doc) throws SQLException {
    List<int[]> out = new ArrayList<>();
    try (PreparedStatement ps =
        cf.connection()
            .prepareStatement("SELECT ord, start, end FROM sentences WHERE doc=? ORDER BY start")) {
      ps.setString(1, doc);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)});
        }
      }
    }
    return out;
  }

  private static int sentenceAt(List<int[]> sentences, int offset) {
    int best = -1;
    for (int[] s : sentences) {
      if (s[1] <= offset) {
        best = s[0];
      } else {
        break;
      }
    }
    return Math.max(best, 0);
  }
}
