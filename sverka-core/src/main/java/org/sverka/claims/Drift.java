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

  /** A document part: its document and first line. */
  private record Key(String doc, int lineStart) {}

  /** The parts whose sentences name the term, in the order first met, with their casts. */
  private static final class Casts {
    final Map<Key, Map<String, Member>> casts = new LinkedHashMap<>();
    final Map<Key, Integer> counts = new LinkedHashMap<>();
    final Map<Key, Part> parts = new LinkedHashMap<>();
  }

  public static List<PartCast> of(List<MentionedSentence> sentences, Sources sources, String term) {
    Pattern p =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + Pattern.quote(term.strip()) + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    String t = term.strip().toLowerCase(Locale.ROOT);
    java.util.Set<String> termEntities = termEntities(sentences, t);
    Casts casts = new Casts();
    for (MentionedSentence s : sentences) {
      Optional<Sources.Source> src = sources.document(s.doc());
      if (src.isPresent() && isFocus(s, src.get(), p, t, termEntities)) {
        addToCast(casts, s, src.get(), t, termEntities);
      }
    }
    List<Key> order = new ArrayList<>(casts.parts.keySet());
    order.sort(
        Comparator.comparing(
                (Key k) -> date(casts.parts.get(k), sources.document(k.doc()).orElseThrow()),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Key::doc)
            .thenComparingInt(Key::lineStart));
    return changes(order, casts, sources);
  }

  /**
   * The entities the term names under one of their forms: every other form of them is the term too
   * (the focus "Kirov" also finds "M. Kirov", and is in no cast under either form).
   */
  private static java.util.Set<String> termEntities(List<MentionedSentence> sentences, String t) {
    java.util.Set<String> termEntities = new java.util.HashSet<>();
    for (MentionedSentence s : sentences) {
      for (MentionedSentence.Named n : s.mentions()) {
        if (n.entity() != null && isTerm(n, t)) {
          termEntities.add(n.entity());
        }
      }
    }
    return termEntities;
  }

  /** Whether the sentence names the term, in its text or by a mention of it. */
  private static boolean isFocus(
      MentionedSentence s,
      Sources.Source src,
      Pattern p,
      String t,
      java.util.Set<String> termEntities) {
    String text = src.text().substring(s.span().start(), s.span().end());
    boolean focus = p.matcher(text).find();
    for (MentionedSentence.Named n : s.mentions()) {
      if (isTerm(n, t, termEntities)) {
        focus = true;
      }
    }
    return focus;
  }

  /** Counts the sentence for its part and adds the persons and organisations it names. */
  private static void addToCast(
      Casts casts,
      MentionedSentence s,
      Sources.Source src,
      String t,
      java.util.Set<String> termEntities) {
    int line = src.lines().lineOf(s.span().start());
    Part part = src.partOf(line);
    Key k = part == null ? new Key(s.doc(), 1) : new Key(s.doc(), part.lineStart());
    casts.parts.putIfAbsent(
        k,
        part == null
            ? new Part(1, src.lineCount(), null, src.date(), null, null, null, true, null)
            : part);
    casts.counts.merge(k, 1, Integer::sum);
    Map<String, Member> cast = casts.casts.computeIfAbsent(k, x -> new TreeMap<>());
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

  /**
   * Each part's cast in {@code order}, with who appeared and who vanished since the part before.
   */
  private static List<PartCast> changes(List<Key> order, Casts casts, Sources sources) {
    List<PartCast> out = new ArrayList<>();
    Map<String, Member> before = Map.of();
    for (Key k : order) {
      Part part = casts.parts.get(k);
      Map<String, Member> cast = casts.casts.get(k);
      List<Member> appeared = new ArrayList<>();
      List<Member> vanished = new ArrayList<>();
      if (!out.isEmpty()) {
        appeared.addAll(missingFrom(before, cast));
        vanished.addAll(missingFrom(cast, before));
      }
      Edtf d = date(part, sources.document(k.doc()).orElseThrow());
      out.add(
          new PartCast(
              k.doc(),
              part.lineStart(),
              part.lineEnd(),
              part.title(),
              d == null ? null : d.toString(),
              casts.counts.get(k),
              List.copyOf(cast.values()),
              appeared,
              vanished));
      before = cast;
    }
    return out;
  }

  /** The members of {@code cast} that {@code other} lacks, in the cast's order. */
  private static List<Member> missingFrom(Map<String, Member> other, Map<String, Member> cast) {
    List<Member> out = new ArrayList<>();
    for (Map.Entry<String, Member> e : cast.entrySet()) {
      if (!other.containsKey(e.getKey())) {
        out.add(e.getValue());
      }
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
