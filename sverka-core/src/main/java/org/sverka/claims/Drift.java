package org.sverka.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.sverka.document.Part;
import org.sverka.entities.EntityType;
import org.sverka.entities.Mention;
import org.sverka.time.Edtf;

/**
 * How an official story changes its cast: for each document part in date order, the persons and
 * organisations named in the same sentences as a focus term, and which of them appear or vanish
 * from one part to the next. No claims are needed.
 */
public final class Drift {
  private Drift() {}

  /** One entity in a part's cast: how often it is named beside the term, and where first. */
  public record Member(String key, String name, EntityType type, int count, Cite first) {}

  /** One part's cast around the term, and how it differs from the previous part's. */
  public record PartCast(
      String doc,
      int lineStart,
      int lineEnd,
      String title,
      String date,
      int sentences,
      List<Member> cast,
      List<Member> appeared,
      List<Member> vanished) {}

  public static List<PartCast> of(List<MentionedSentence> sentences, Sources sources, String term) {
    Pattern p =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + Pattern.quote(term.strip()) + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    String t = term.strip().toLowerCase(Locale.ROOT);
    // the entities the term names under one of their forms: every other form of them is the term
    // too (the focus "Kirov" also finds "M. Kirov", and is in no cast under either form)
    java.util.Set<String> termEntities = new java.util.HashSet<>();
    for (MentionedSentence s : sentences) {
      for (MentionedSentence.Named n : s.mentions()) {
        if (n.entity() != null && isTerm(n, t)) {
          termEntities.add(n.entity());
        }
      }
    }
    // part -> cast
    record Key(String doc, int lineStart) {}
    Map<Key, Map<String, Member>> casts = new LinkedHashMap<>();
    Map<Key, Integer> counts = new LinkedHashMap<>();
    Map<Key, Part> parts = new LinkedHashMap<>();
    for (MentionedSentence s : sentences) {
      Optional<Sources.Source> src = sources.document(s.doc());
      if (src.isEmpty()) {
        continue;
      }
      String text = src.get().text().substring(s.start(), s.end());
      boolean focus = p.matcher(text).find();
      for (MentionedSentence.Named n : s.mentions()) {
        if (isTerm(n, t, termEntities)) {
          focus = true;
        }
      }
      if (!focus) {
        continue;
      }
      int line = src.get().lines().lineOf(s.start());
      Part part = src.get().partOf(line);
      Key k = part == null ? new Key(s.doc(), 1) : new Key(s.doc(), part.lineStart());
      parts.putIfAbsent(
          k,
          part == null
              ? new Part(
                  1, src.get().lineCount(), null, src.get().date(), null, null, null, true, null)
              : part);
      counts.merge(k, 1, Integer::sum);
      Map<String, Member> cast = casts.computeIfAbsent(k, x -> new TreeMap<>());
      for (MentionedSentence.Named n : s.mentions()) {
        EntityType type = n.mention().type();
        if ((type != EntityType.PERSON && type != EntityType.ORGANIZATION)
            || n.mention().role() == Mention.Role.ADJECTIVE
            || isTerm(n, t, termEntities)) {
          continue;
        }
        Cite c = new Cite(s.doc(), n.mention().lineStart(), n.mention().lineEnd());
        cast.merge(
            n.key(),
            new Member(n.key(), n.label(), type, 1, c),
            (a, b) -> new Member(a.key(), a.name(), a.type(), a.count() + 1, a.first()));
      }
    }
    List<Key> order = new ArrayList<>(parts.keySet());
    order.sort(
        Comparator.comparing(
                (Key k) -> date(parts.get(k), sources.document(k.doc()).orElseThrow()),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Key::doc)
            .thenComparingInt(Key::lineStart));
    List<PartCast> out = new ArrayList<>();
    Map<String, Member> before = Map.of();
    for (Key k : order) {
      Part part = parts.get(k);
      Map<String, Member> cast = casts.get(k);
      List<Member> appeared = new ArrayList<>();
      List<Member> vanished = new ArrayList<>();
      if (!out.isEmpty()) {
        for (Map.Entry<String, Member> e : cast.entrySet()) {
          if (!before.containsKey(e.getKey())) {
            appeared.add(e.getValue());
          }
        }
        for (Map.Entry<String, Member> e : before.entrySet()) {
          if (!cast.containsKey(e.getKey())) {
            vanished.add(e.getValue());
          }
        }
      }
      Edtf d = date(part, sources.document(k.doc()).orElseThrow());
      out.add(
          new PartCast(
              k.doc(),
              part.lineStart(),
              part.lineEnd(),
              part.title(),
              d == null ? null : d.toString(),
              counts.get(k),
              List.copyOf(cast.values()),
              appeared,
              vanished));
      before = cast;
    }
    return out;
  }

  private static boolean isTerm(
      MentionedSentence.Named n, String t, java.util.Set<String> termEntities) {
    return isTerm(n, t) || (n.entity() != null && termEntities.contains(n.entity()));
  }

  private static boolean isTerm(MentionedSentence.Named n, String t) {
    return (n.entity() != null && n.entity().toLowerCase(Locale.ROOT).equals(t))
        || (n.name() != null && n.name().toLowerCase(Locale.ROOT).equals(t))
        || n.mention().form().toLowerCase(Locale.ROOT).equals(t);
  }

  private static Edtf date(Part p, Sources.Source d) {
    String s = p.date() != null ? p.date() : d.date();
    return s == null ? null : Edtf.tryParse(s).orElse(null);
  }
}
