package org.sverka.claims;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sverka.document.Part;
import org.sverka.entities.EntityType;
import org.sverka.entities.Mention;
import org.sverka.time.DateExpression;
import org.sverka.time.DateText;

/**
 * Drafts presence claims from sentences that name a person, a place and a date: who (the persons
 * named), where (each place named), when (the first day, month or interval written in the sentence
 * with its year, as EDTF), cited to the sentence's lines. A draft is a starting point for the
 * analyst, who must read the sentence: "Olberg declared on August 20th, 1936 that he intended to go
 * to Copenhagen" names a date that is not the time of the presence.
 */
public final class ClaimSuggester {
  private ClaimSuggester() {}

  /** One drafted claim, with the sentence it comes from. */
  public record Draft(
      String id,
      Cite cite,
      String saidBy,
      List<String> who,
      String where,
      String when,
      String sentence) {}

  /** The drafts, and the people and places they use (id to name), for a complete file. */
  public record Drafts(
      List<Draft> drafts, Map<String, String> people, Map<String, String> places) {}

  public static Drafts suggest(List<MentionedSentence> sentences, Sources sources) {
    List<Draft> drafts = new ArrayList<>();
    Map<String, String> people = new TreeMap<>();
    Map<String, String> places = new TreeMap<>();
    Set<String> ids = new HashSet<>();
    for (MentionedSentence s : sentences) {
      Optional<Sources.Source> src = sources.document(s.doc());
      if (src.isEmpty()) {
        continue;
      }
      Map<String, String> who = new LinkedHashMap<>();
      Map<String, String> where = new LinkedHashMap<>();
      for (MentionedSentence.Named n : s.mentions()) {
        if (n.mention().role() != Mention.Role.NAME) {
          continue;
        }
        if (n.mention().type() == EntityType.PERSON) {
          who.putIfAbsent(id(n), n.label());
        } else if (n.mention().type() == EntityType.PLACE) {
          where.putIfAbsent(id(n), n.label());
        }
      }
      if (who.isEmpty() || where.isEmpty()) {
        continue;
      }
      String text = src.get().text().substring(s.span().start(), s.span().end());
      int first = src.get().lines().lineOf(s.span().start());
      Part part = src.get().partOf(first);
      Optional<String> date = firstDate(src.get().text(), s, part, src.get().date());
      if (date.isEmpty()) {
        continue;
      }
      int last = src.get().lines().lastLineOf(s.span());
      Cite cite = new Cite(s.doc(), first, last);
      String author = part != null && part.author() != null ? part.author() : null;
      String saidBy = slug(author == null ? s.doc() : author);
      for (Map.Entry<String, String> place : where.entrySet()) {
        String base =
            slug(who.keySet().iterator().next() + "-" + place.getKey() + "-" + date.get());
        String id = base;
        for (int k = 2; !ids.add(id); k++) {
          id = base + "-" + k;
        }
        drafts.add(
            new Draft(
                id,
                cite,
                saidBy,
                List.copyOf(who.keySet()),
                place.getKey(),
                date.get(),
                text.replaceAll("\\s+", " ").strip()));
        places.putIfAbsent(place.getKey(), place.getValue());
      }
      who.forEach(people::putIfAbsent);
    }
    return new Drafts(drafts, people, places);
  }

  /**
   * The first date written in the sentence with its own year, by the rules of the dates stage (so
   * "December 28-29th, 1934" is the interval it is, not skipped for a later single day): a day, a
   * month or an interval, not one completed from the statement date.
   */
  private static Optional<String> firstDate(
      String docText, MentionedSentence s, Part part, String docDate) {
    String statement = part != null && part.date() != null ? part.date() : docDate;
    for (DateExpression d :
        DateText.findAll(docText, s.span().start(), s.span().end(), statement)) {
      if (d.value() != null
          && !d.anchored()
          && (d.kind() == DateExpression.Kind.DAY
              || d.kind() == DateExpression.Kind.MONTH
              || d.kind() == DateExpression.Kind.INTERVAL)) {
        return Optional.of(d.value());
      }
    }
    return Optional.empty();
  }

  /** The drafts in claims.yaml syntax, each with its sentence as a comment. */
  public static String yaml(Drafts d) {
    StringBuilder b = new StringBuilder();
    b.append("# Draft presence claims suggested by sverka suggest-claims. Read each sentence:\n");
    b.append("# the date written in it may not be the time of the presence. Add lat/lon to\n");
    b.append("# places for travel checks, 'existed' where a place did not always exist.\n");
    b.append("places:\n");
    if (d.places().isEmpty()) {
      b.append("  {}\n");
    }
    d.places()
        .forEach(
            (id, name) ->
                b.append("  ").append(id).append(": {name: ").append(quote(name)).append("}\n"));
    b.append("people:\n");
    if (d.people().isEmpty()) {
      b.append("  {}\n");
    }
    d.people()
        .forEach(
            (id, name) ->
                b.append("  ").append(id).append(": {name: ").append(quote(name)).append("}\n"));
    b.append("claims:\n");
    if (d.drafts().isEmpty()) {
      b.append("  []\n");
    }
    for (Draft x : d.drafts()) {
      String s = x.sentence().length() > 300 ? x.sentence().substring(0, 299) + "…" : x.sentence();
      b.append("  # ").append(x.cite()).append(": ").append(s).append('\n');
      b.append("  - id: ").append(x.id()).append('\n');
      b.append("    cite: \"").append(x.cite()).append("\"\n");
      b.append("    said_by: ").append(x.saidBy()).append('\n');
      b.append("    who: [").append(String.join(", ", x.who())).append("]\n");
      b.append("    where: ").append(x.where()).append('\n');
      b.append("    when: ").append(x.when()).append('\n');
    }
    return b.toString();
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String id(MentionedSentence.Named n) {
    return slug(n.entity() != null ? n.entity() : n.mention().form());
  }

  /** A claims-file id from any text: lower case ASCII letters, digits and '-'. */
  static String slug(String s) {
    String t =
        Normalizer.normalize(s, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9.]+", "-")
            .replaceAll("^[-.]+|[-.]+$", "");
    return t.isEmpty() ? "x" : t;
  }
}
