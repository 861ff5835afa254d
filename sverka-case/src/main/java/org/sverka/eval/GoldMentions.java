package org.sverka.eval;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sverka.entities.EntityType;
import org.sverka.entities.Mention;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;
import org.sverka.store.MentionTables;
import org.sverka.text.Span;

/**
 * Reads what the real mention finder and resolver made of the gold forms: every whole-word
 * occurrence of every gold form in every document of the case (longest form first, without
 * overlaps; a space of the form stands for any white space of the text, so that "Leon the
 * Salaminian" is found where a line break falls inside the name, as docs/gold.md writes such forms;
 * a form found only inside longer gold forms is read there) is looked up among the case's mentions;
 * the mentions of the same role that overlap the occurrence give the entity the system assigned to
 * it: a mention of the gold's type overlapping it (the finder's "Nicolaiev" inside the gold
 * "Nicolaiev's", or "Leonid Nicolaiev" around the gold "Nicolaiev"), or a mention of any type with
 * exactly its span (so "Kameney" read as a place counts against the gold; the organisation "Lenin
 * Institute" around "Lenin" does not). An occurrence no such mention covers is a miss of the
 * finder; nothing is inserted.
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
    Tally free = new Tally();
    Tally nested = new Tally();
    for (String doc : new DocumentTables(cf).documentIds()) {
      String text = new DocumentTables(cf).document(doc, true).orElseThrow().text();
      List<MentionTables.Linked> real = MentionTables.linked(cf, doc);
      List<Span> taken = new ArrayList<>();
      for (Form f : longestFirst) {
        Matcher m = pattern(f.form()).matcher(text);
        for (int from = 0; from <= text.length() && m.find(from); from = m.start() + 1) {
          if (!wholeWord(text, m.start(), m.end())) {
            continue;
          }
          Span s = new Span(m.start(), m.end());
          boolean inLonger = taken.stream().anyMatch(t -> t.overlaps(s));
          if (!inLonger) {
            taken.add(s);
          }
          (inLonger ? nested : free).count(f, s, real);
        }
      }
    }
    // a form that stands only inside longer gold forms ("Lysanias" only in "Lysanias of
    // Sphettus") is read at those occurrences
    for (Form f : forms) {
      if (!free.occurrences.containsKey(f.key())) {
        free.take(f.key(), nested);
      }
    }
    return new Found(free.entities, free.occurrences, free.covered);
  }

  /** The occurrences of the gold forms, and what the real mentions made of them. */
  private static final class Tally {
    final Map<String, Set<String>> entities = new TreeMap<>();
    final Map<String, Integer> occurrences = new TreeMap<>();
    final Map<String, Integer> covered = new TreeMap<>();

    void count(Form f, Span s, List<MentionTables.Linked> real) {
      occurrences.merge(f.key(), 1, Integer::sum);
      boolean hit = false;
      for (MentionTables.Linked l : real) {
        if (covers(l.mention(), f.type(), f.role(), s.start(), s.end())) {
          hit = true;
          if (l.entity() != null) {
            entities.computeIfAbsent(f.key(), k -> new TreeSet<>()).add(l.entity());
          }
        }
      }
      if (hit) {
        covered.merge(f.key(), 1, Integer::sum);
      }
    }

    void take(String key, Tally other) {
      if (other.occurrences.containsKey(key)) {
        occurrences.put(key, other.occurrences.get(key));
      }
      if (other.covered.containsKey(key)) {
        covered.put(key, other.covered.get(key));
      }
      if (other.entities.containsKey(key)) {
        entities.put(key, other.entities.get(key));
      }
    }
  }

  /** A form as a pattern: its words literally, any run of white space between them. */
  static Pattern pattern(String form) {
    StringBuilder b = new StringBuilder();
    for (String w : form.strip().split("\\s+")) {
      b.append(b.length() == 0 ? "" : "\\s+").append(Pattern.quote(w));
    }
    return Pattern.compile(b.toString());
  }

  /** Whether {@code [at, end)} of the text is bounded by non-word characters on both sides. */
  static boolean wholeWord(String text, int at, int end) {
    return !(at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))
        || end < text.length() && Character.isLetterOrDigit(text.charAt(end)));
  }

  /**
   * Whether a real mention stands for a gold occurrence of that type and role at {@code [at, end)}:
   * exactly its span (any type), of its type inside it, or a person's longer name around a person's
   * form.
   */
  static boolean covers(Mention m, EntityType type, Mention.Role role, int at, int end) {
    boolean exact = m.start() == at && m.end() == end;
    boolean inside = m.start() >= at && m.end() <= end;
    boolean around = m.start() <= at && m.end() >= end;
    boolean sameType = type == m.type();
    return role == m.role()
        && (exact || sameType && inside || sameType && around && type == EntityType.PERSON);
  }
}
