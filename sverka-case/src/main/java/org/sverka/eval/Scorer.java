package org.sverka.eval;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.sverka.entities.EntityType;
import org.sverka.entities.Mention;
import org.sverka.quotes.Verdict;
import org.sverka.store.CaseFile;
import org.sverka.store.DateFigureTables;
import org.sverka.store.DateFigureTables.StoredCheck;
import org.sverka.store.DateFigureTables.StoredDate;
import org.sverka.store.DateFigureTables.StoredFigure;
import org.sverka.store.DocumentTables;
import org.sverka.store.EntityTables;
import org.sverka.store.MentionTables;
import org.sverka.store.QuotationTables;
import org.sverka.store.StoredQuotation;

/**
 * Scores a case's stored results against a {@link Gold}, measure by measure as docs/gold.md defines
 * them. Reads only; every list it walks is in the store's order, so the same case and gold give the
 * same evaluation.
 */
public final class Scorer {
  public static final String MERGE_RECALL = "variant merge recall";
  public static final String WRONG_MERGES = "wrong merges";
  public static final String QUOTES_FOUND = "quotations found";
  public static final String QUOTES_TRACED = "quotations traced";
  public static final String VERDICTS_RIGHT = "verdicts right";
  public static final String ATTRIBUTED = "attributed quotations";
  public static final String ATTRIBUTED_NAME = "attributed to a person/org";
  public static final String ATTRIBUTED_WRONG = "attributed to a place/work/group/partial name";
  public static final String SPEAKERS_RIGHT = "gold speakers right";
  public static final String MISATTRIBUTED_PRECISION = "MISATTRIBUTED precision";
  public static final String DATES_EXACT = "dates exact";
  public static final String CHECKS_RIGHT = "figure checks right";
  public static final String FIGURES_RIGHT = "figures read right";

  /** Every measure name, in the order of the table. */
  public static final List<String> MEASURES =
      List.of(
          MERGE_RECALL,
          WRONG_MERGES,
          QUOTES_FOUND,
          QUOTES_TRACED,
          VERDICTS_RIGHT,
          ATTRIBUTED,
          ATTRIBUTED_NAME,
          ATTRIBUTED_WRONG,
          SPEAKERS_RIGHT,
          MISATTRIBUTED_PRECISION,
          DATES_EXACT,
          CHECKS_RIGHT,
          FIGURES_RIGHT);

  private Scorer() {}

  /** Every measure of the gold files present. */
  public static Evaluation score(CaseFile cf, Gold gold) throws SQLException {
    List<Measure> out = new ArrayList<>();
    if (gold.variants() != null) {
      Variants v = variants(cf, gold.variants(), List.of());
      out.add(v.mergeRecall());
      out.add(v.wrongMerges());
    }
    if (gold.quotes() != null) {
      out.addAll(quotes(cf, gold.quotes(), gold.quoteDocs()));
    }
    DateFigureTables t = new DateFigureTables(cf);
    if (gold.dates() != null) {
      out.add(dates(t.dates(), gold.dates()));
    }
    if (gold.checks() != null) {
      out.add(checks(t.checks(), gold.checks()));
    }
    if (gold.figures() != null) {
      out.add(figures(t.figures(), gold.figures()));
    }
    return new Evaluation(List.copyOf(out), gold.errors());
  }

  // ---- variants

  /**
   * The variant pairs against the case's entities.
   *
   * @param found what the case made of the gold's forms (and of any extra forms asked for)
   */
  public record Variants(GoldMentions.Found found, Measure mergeRecall, Measure wrongMerges) {}

  /**
   * A merge pair is merged when both forms have exactly one entity, the same. An apart pair of two
   * names is wrongly merged when the forms share an entity; a pair of a name and a group or
   * adjective derived from it (which is linked to the name's entity by design) when the derived
   * form is a variant (a NAME form) of an entity of either.
   */
  public static Variants variants(
      CaseFile cf, List<Gold.Variant> gold, List<GoldMentions.Form> extra) throws SQLException {
    Set<GoldMentions.Form> forms = new LinkedHashSet<>();
    for (Gold.Variant g : gold) {
      forms.add(g.a());
      forms.add(g.b());
    }
    forms.addAll(extra);
    GoldMentions.Found found = GoldMentions.find(cf, new ArrayList<>(forms));
    Map<String, Set<String>> variantsOf = new HashMap<>();
    for (EntityTables.StoredEntity e : new EntityTables(cf).entities(null)) {
      Set<String> v = new HashSet<>();
      e.variants().forEach(x -> v.add(x.form()));
      variantsOf.put(e.id(), v);
    }
    int merged = 0;
    int merges = 0;
    int wrong = 0;
    int aparts = 0;
    List<String> missed = new ArrayList<>();
    List<String> wrongly = new ArrayList<>();
    for (Gold.Variant g : gold) {
      Set<String> a = found.of(g.a().form(), g.a().role().name());
      Set<String> b = found.of(g.b().form(), g.b().role().name());
      String what = g.at() + " " + g.a().form() + " " + a + " / " + g.b().form() + " " + b;
      if (g.merge()) {
        merges++;
        if (a.size() == 1 && a.equals(b)) {
          merged++;
        } else {
          missed.add(what);
        }
        continue;
      }
      aparts++;
      boolean isWrong;
      if (g.a().role() == Mention.Role.NAME && g.b().role() == Mention.Role.NAME) {
        isWrong = a.stream().anyMatch(b::contains);
      } else {
        String derived = g.a().role() == Mention.Role.NAME ? g.b().form() : g.a().form();
        Set<String> ids = new TreeSet<>(a);
        ids.addAll(b);
        isWrong =
            ids.stream().anyMatch(id -> variantsOf.getOrDefault(id, Set.of()).contains(derived));
      }
      if (isWrong) {
        wrong++;
        wrongly.add(what);
      }
    }
    return new Variants(
        found,
        new Measure(MERGE_RECALL, merged, merges, false, List.copyOf(missed)),
        new Measure(WRONG_MERGES, wrong, aparts, true, List.copyOf(wrongly)));
  }

  // ---- quotations

  /** Lower case, letters and digits only: how openings and quoted texts are compared. */
  static String letters(String s) {
    StringBuilder b = new StringBuilder();
    s.toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "my", "our", "us");

  /**
   * The quotation measures: found, traced, verdicts right, attribution, MISATTRIBUTED precision.
   */
  public static List<Measure> quotes(CaseFile cf, List<Gold.Quote> gold, Set<String> goldDocs)
      throws SQLException {
    QuotedCase c = QuotedCase.load(cf);
    GoldTally g = new GoldTally();
    for (Gold.Quote q : gold) {
      g.add(q, c);
    }
    AttributionTally a = new AttributionTally();
    for (StoredQuotation q : c.all()) {
      a.add(q, c, goldDocs, g.goldMisattributed);
    }
    return List.of(
        new Measure(QUOTES_FOUND, g.found, gold.size(), false, List.copyOf(g.notFound)),
        new Measure(QUOTES_TRACED, g.traced, gold.size(), false, List.copyOf(g.notTraced)),
        new Measure(VERDICTS_RIGHT, g.right, gold.size(), false, List.copyOf(g.wrongVerdicts)),
        new Measure(ATTRIBUTED, a.attributed, c.all().size(), false, List.of()),
        new Measure(ATTRIBUTED_NAME, a.toName, a.attributed, false, List.copyOf(a.notNames)),
        new Measure(ATTRIBUTED_WRONG, a.toWrong, a.attributed, true, List.copyOf(a.wrongNames)),
        new Measure(SPEAKERS_RIGHT, g.speakers, g.found, false, List.copyOf(g.wrongSpeakers)),
        new Measure(
            MISATTRIBUTED_PRECISION,
            a.judgedRight,
            a.judged,
            false,
            List.copyOf(a.falseMisattributed)));
  }

  /** What the quotation measures read of a case: texts, linked mentions and quotations. */
  private record QuotedCase(
      Map<String, String> texts,
      Map<String, List<MentionTables.Linked>> mentions,
      List<StoredQuotation> all,
      Map<String, List<StoredQuotation>> byDoc) {
    static QuotedCase load(CaseFile cf) throws SQLException {
      Map<String, String> texts = new HashMap<>();
      Map<String, List<MentionTables.Linked>> mentions = new HashMap<>();
      for (String doc : new DocumentTables(cf).documentIds()) {
        texts.put(doc, new DocumentTables(cf).text(doc).orElseThrow());
        mentions.put(doc, MentionTables.linked(cf, doc));
      }
      List<StoredQuotation> all = new QuotationTables(cf).quotations(null);
      Map<String, List<StoredQuotation>> byDoc = new HashMap<>();
      for (StoredQuotation q : all) {
        byDoc.computeIfAbsent(q.doc(), k -> new ArrayList<>()).add(q);
      }
      return new QuotedCase(texts, mentions, all, byDoc);
    }
  }

  /** The stored quotation a gold quotation is, with its score (2 traced and judged right). */
  private record Match(StoredQuotation quotation, int score) {}

  /**
   * The best stored quotation at the gold one's line that begins with its opening words, or null:
   * one traced to the gold source with the gold verdicts first, then one traced there.
   */
  private static Match bestMatch(Gold.Quote g, QuotedCase c) {
    String text = c.texts().get(g.doc());
    String opening = letters(g.opening());
    StoredQuotation best = null;
    int bestScore = -1;
    for (StoredQuotation q : c.byDoc().getOrDefault(g.doc(), List.of())) {
      if (q.lineStart() > g.line()
          || g.line() > q.lineEnd()
          || !letters(text.substring(q.span().start(), q.span().end())).startsWith(opening)) {
        continue;
      }
      int score = 0;
      if (traces(q, g)) {
        score = verdicts(q).equals(g.verdicts()) ? 2 : 1;
      }
      if (score > bestScore) {
        best = q;
        bestScore = score;
      }
    }
    return best == null ? null : new Match(best, bestScore);
  }

  /** The gold quotations found, traced, judged right and given the right speaker. */
  private static final class GoldTally {
    int found;
    int traced;
    int right;
    int speakers;
    final List<String> notFound = new ArrayList<>();
    final List<String> notTraced = new ArrayList<>();
    final List<String> wrongVerdicts = new ArrayList<>();
    final List<String> wrongSpeakers = new ArrayList<>();
    final Set<Integer> goldMisattributed = new HashSet<>();

    void add(Gold.Quote g, QuotedCase c) {
      String what = g.at() + " " + g.doc() + ":" + g.line() + " \u201c" + g.opening() + "\u201d";
      String text = c.texts().get(g.doc());
      Match match = bestMatch(g, c);
      if (match == null) {
        notFound.add(text == null ? what + " (no such document in the case)" : what);
        notTraced.add(what);
        wrongVerdicts.add(what);
        return;
      }
      StoredQuotation best = match.quotation();
      int bestScore = match.score();
      found++;
      if (bestScore >= 1) {
        traced++;
      } else {
        notTraced.add(what + " source " + sources(best));
      }
      if (bestScore == 2) {
        right++;
      } else if (bestScore == 1) {
        wrongVerdicts.add(what + " " + verdicts(best) + ", gold " + g.verdicts());
      } else {
        wrongVerdicts.add(what + " not traced");
      }
      if (g.verdicts().contains(Verdict.MISATTRIBUTED)) {
        goldMisattributed.add(best.id());
      }
      if (speakerRight(best, g, text, c.mentions().get(g.doc()))) {
        speakers++;
      } else {
        wrongSpeakers.add(
            what
                + " speaker "
                + (best.firstPerson() ? "(first person)" : best.speaker())
                + ", gold "
                + g.speaker());
      }
    }
  }

  /** The stored quotations attributed, to a name or a wrong one, and judged MISATTRIBUTED. */
  private static final class AttributionTally {
    int attributed;
    int toName;
    int toWrong;
    final List<String> notNames = new ArrayList<>();
    final List<String> wrongNames = new ArrayList<>();
    int judged;
    int judgedRight;
    final List<String> falseMisattributed = new ArrayList<>();

    void add(
        StoredQuotation q, QuotedCase c, Set<String> goldDocs, Set<Integer> goldMisattributed) {
      if (goldDocs.contains(q.doc()) && q.verdicts().contains(Verdict.MISATTRIBUTED.name())) {
        judged++;
        if (goldMisattributed.contains(q.id())) {
          judgedRight++;
        } else {
          falseMisattributed.add(q.doc() + ":" + q.lineStart() + " #" + q.id());
        }
      }
      int[] span = speakerSpan(q);
      if (!q.firstPerson() && span == null) {
        return;
      }
      attributed++;
      String what = q.doc() + ":" + q.lineStart() + " #" + q.id() + " " + q.speaker();
      if (q.firstPerson()) {
        toName++;
        return;
      }
      String text = c.texts().get(q.doc());
      List<MentionTables.Linked> ms = c.mentions().get(q.doc());
      if (nameIn(span, text, ms, true) != null) {
        toName++;
      } else if (wrongName(span, text, ms)) {
        toWrong++;
        wrongNames.add(what);
        notNames.add(what);
      } else {
        notNames.add(what + " (no mention there)");
      }
    }
  }

  private static Set<Verdict> verdicts(StoredQuotation q) {
    Set<Verdict> out = new TreeSet<>();
    for (String v : q.verdicts()) {
      out.add(Verdict.valueOf(v));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> matches(StoredQuotation q) {
    Object m = q.detail().get("matches");
    return m == null ? List.of() : (List<Map<String, Object>>) m;
  }

  private static boolean traces(StoredQuotation q, Gold.Quote g) {
    for (Map<String, Object> m : matches(q)) {
      if (g.sourceDoc().equals(m.get("doc"))
          && ((Number) m.get("lineStart")).intValue() <= g.sourceLine()
          && g.sourceLine() <= ((Number) m.get("lineEnd")).intValue()) {
        return true;
      }
    }
    return false;
  }

  private static String sources(StoredQuotation q) {
    List<String> out = new ArrayList<>();
    for (Map<String, Object> m : matches(q)) {
      out.add(m.get("doc") + ":" + m.get("lineStart") + "-" + m.get("lineEnd"));
    }
    return out.isEmpty() ? "none" : String.join(", ", out);
  }

  private static int[] speakerSpan(StoredQuotation q) {
    Object s = q.detail().get("speakerSpan");
    if (!(s instanceof List<?> l) || l.size() != 2) {
      return null;
    }
    return new int[] {((Number) l.get(0)).intValue(), ((Number) l.get(1)).intValue()};
  }

  private static boolean personOrOrg(EntityType t) {
    return t == EntityType.PERSON || t == EntityType.ORGANIZATION;
  }

  /**
   * The mention that the speaker's span names: a NAME mention inside the span that ends where the
   * span ends, up to a possessive (a title before it, "Comrade Rykov", is not part of the name); of
   * a person or organisation when {@code personOrOrg}, else of any type.
   */
  private static MentionTables.Linked nameIn(
      int[] span, String text, List<MentionTables.Linked> ms, boolean personOrOrg) {
    for (MentionTables.Linked l : ms) {
      Mention m = l.mention();
      if (m.start() >= span[0]
          && m.end() <= span[1]
          && m.role() == Mention.Role.NAME
          && (!personOrOrg || personOrOrg(m.type()))
          && letters(text.substring(m.end(), span[1]).replaceAll("[\u2019']s$", "")).isEmpty()) {
        return l;
      }
    }
    return null;
  }

  /**
   * A speaker's span that names a place or a work, a group or an adjective, or only a part of a
   * longer name.
   */
  private static boolean wrongName(int[] span, String text, List<MentionTables.Linked> ms) {
    for (MentionTables.Linked l : ms) {
      Mention m = l.mention();
      boolean overlaps = m.start() < span[1] && span[0] < m.end();
      if (!overlaps) {
        continue;
      }
      if (m.role() != Mention.Role.NAME) {
        return true;
      }
      if (m.start() <= span[0] && m.end() >= span[1] && m.end() - m.start() > span[1] - span[0]) {
        return true; // a part of a longer name
      }
    }
    return nameIn(span, text, ms, false) != null;
  }

  /**
   * Whether the case's speaker of a gold quotation is the gold's: none for {@code -}, the first
   * person for a first-person pronoun, else the entity of the mention nearest the quotation that
   * the gold's form names (or, when the form is no mention, the same name as written).
   */
  private static boolean speakerRight(
      StoredQuotation q, Gold.Quote g, String text, List<MentionTables.Linked> ms) {
    String gold = g.speakerOrNull();
    int[] span = speakerSpan(q);
    if (gold == null) {
      return !q.firstPerson() && span == null;
    }
    if (FIRST_PERSON.contains(gold.toLowerCase(Locale.ROOT))) {
      return q.firstPerson();
    }
    if (span == null) {
      return false;
    }
    MentionTables.Linked said = nameIn(span, text, ms, true);
    Optional<String> goldEntity = nearestEntity(gold, q, text, ms);
    if (goldEntity.isPresent() && said != null && said.entity() != null) {
      return goldEntity.get().equals(said.entity());
    }
    String saidText = letters(text.substring(span[0], span[1]));
    String goldText = letters(gold);
    return !goldText.isEmpty() && (saidText.equals(goldText) || saidText.endsWith(goldText));
  }

  /** The entity of a person or organisation mention at the occurrence of {@code form} nearest q. */
  private static Optional<String> nearestEntity(
      String form, StoredQuotation q, String text, List<MentionTables.Linked> ms) {
    int best = -1;
    long bestDistance = Long.MAX_VALUE;
    for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      int end = at + form.length();
      if (!GoldMentions.wholeWord(text, at, end)) {
        continue;
      }
      long d =
          end <= q.outer().start()
              ? q.outer().start() - end
              : at >= q.outer().end() ? at - q.outer().end() : 0;
      if (d < bestDistance) {
        best = at;
        bestDistance = d;
      }
    }
    if (best < 0) {
      return Optional.empty();
    }
    int at = best;
    int end = at + form.length();
    return ms.stream()
        .filter(l -> l.entity() != null && personOrOrg(l.mention().type()))
        .filter(
            l -> GoldMentions.covers(l.mention(), l.mention().type(), Mention.Role.NAME, at, end))
        .map(MentionTables.Linked::entity)
        .findFirst();
  }

  // ---- dates, checks, figures

  /**
   * A found date matches a gold date on the gold's line, with the gold's value, when one text
   * contains the other (the found "on December 17" or "December 17" for the gold "December 17").
   */
  public static boolean matches(StoredDate d, Gold.Date g) {
    return d.doc().equals(g.doc())
        && d.lineStart() <= g.line()
        && g.line() <= d.lineEnd()
        && (d.text().contains(g.text()) || g.text().contains(d.text()))
        && g.value().equals(d.value());
  }

  public static Measure dates(List<StoredDate> found, List<Gold.Date> gold) {
    int right = 0;
    List<String> missed = new ArrayList<>();
    for (Gold.Date g : gold) {
      if (found.stream().anyMatch(d -> matches(d, g))) {
        right++;
      } else {
        missed.add(g.at() + " " + g.doc() + ":" + g.line() + " " + g.text() + " = " + g.value());
      }
    }
    return new Measure(DATES_EXACT, right, gold.size(), false, List.copyOf(missed));
  }

  /**
   * The stored check that makes a gold check: on its lines, of its kind, stating its figure, with
   * its verdict; one that starts on the gold's line first.
   */
  public static Optional<StoredCheck> match(List<StoredCheck> checks, Gold.FigureCheck g) {
    return checks.stream()
        .filter(
            c ->
                c.doc().equals(g.doc())
                    && c.lineStart() <= g.line()
                    && g.line() <= c.lineEnd()
                    && c.kind().equals(g.kind().name())
                    && c.verdict().equals(g.verdict().name())
                    && c.stated().contains(g.stated()))
        .min(Comparator.comparing((StoredCheck c) -> c.lineStart() != g.line()));
  }

  public static Measure checks(List<StoredCheck> checks, List<Gold.FigureCheck> gold) {
    int right = 0;
    List<String> missed = new ArrayList<>();
    for (Gold.FigureCheck g : gold) {
      if (match(checks, g).isPresent()) {
        right++;
      } else {
        missed.add(
            g.at()
                + " "
                + g.doc()
                + ":"
                + g.line()
                + " "
                + g.kind()
                + " "
                + g.verdict()
                + " "
                + g.stated());
      }
    }
    return new Measure(CHECKS_RIGHT, right, gold.size(), false, List.copyOf(missed));
  }

  /**
   * A stored figure's text as the gold writes a figure: white space collapsed, and without its
   * qualifier ("nearly 400,000 votes" is the figure "400,000 votes" qualified "nearly"; the
   * qualifier is a field of its own).
   */
  static String asRead(StoredFigure f) {
    String t = f.text().replaceAll("\\s+", " ");
    String q = f.qualifier();
    if (q != null
        && t.toLowerCase(java.util.Locale.ROOT)
            .startsWith(q.toLowerCase(java.util.Locale.ROOT) + " ")) {
      t = t.substring(q.length() + 1);
    }
    return t;
  }

  public static Measure figures(List<StoredFigure> figures, List<Gold.Figure> gold) {
    int right = 0;
    List<String> missed = new ArrayList<>();
    for (Gold.Figure g : gold) {
      boolean ok =
          figures.stream()
              .anyMatch(
                  f ->
                      f.doc().equals(g.doc())
                          && f.lineStart() <= g.line()
                          && g.line() <= f.lineEnd()
                          && asRead(f).equals(g.text())
                          && f.value().compareTo(g.value()) == 0);
      if (ok) {
        right++;
      } else {
        missed.add(g.at() + " " + g.doc() + ":" + g.line() + " " + g.text() + " = " + g.value());
      }
    }
    return new Measure(FIGURES_RIGHT, right, gold.size(), false, List.copyOf(missed));
  }
}
