package org.sverka.eval;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.sverka.entities.EntityType;
import org.sverka.entities.Mention;
import org.sverka.figures.Check;
import org.sverka.quotes.Verdict;
import org.sverka.time.Edtf;

/**
 * A gold folder as docs/gold.md defines it: {@code variants.tsv}, {@code quotes.tsv}, {@code
 * dates.tsv}, {@code checks.tsv}, {@code figures.tsv}, each optional (a missing file is null and
 * its measures are not scored). A record that cannot be read is left out with a one-line error
 * naming its file and line; the other records are still read.
 *
 * @param quoteDocs the documents whose quotations of other documents {@code quotes.tsv} lists
 *     exhaustively: those of its comment line {@code # covers: DOC DOC ...}, else those of its
 *     records
 */
public record Gold(
    Path dir,
    List<Variant> variants,
    List<Quote> quotes,
    Set<String> quoteDocs,
    List<Date> dates,
    List<FigureCheck> checks,
    List<Figure> figures,
    List<String> errors) {

  public static final String VARIANTS = "variants.tsv";
  public static final String QUOTES = "quotes.tsv";
  public static final String DATES = "dates.tsv";
  public static final String CHECKS = "checks.tsv";
  public static final String FIGURES = "figures.tsv";

  /** The comment line of quotes.tsv naming the documents it covers. */
  public static final String COVERS = "# covers:";

  /** Where a record stands: file name and 1-based line. */
  public record At(String file, int line) {
    @Override
    public String toString() {
      return file + ":" + line;
    }
  }

  /** {@code merge} (the forms name one entity) or {@code apart} (they must not). */
  public record Variant(boolean merge, GoldMentions.Form a, GoldMentions.Form b, At at) {}

  /** A quotation in {@code doc} whose source is another document of the corpus. */
  public record Quote(
      String doc,
      int line,
      String opening,
      String sourceDoc,
      int sourceLine,
      Set<Verdict> verdicts,
      String speaker,
      At at) {
    /** The gold's speaker, or null when the text names no one ({@code -}). */
    public String speakerOrNull() {
      return speaker.equals("-") ? null : speaker;
    }
  }

  public record Date(String doc, int line, String text, String value, At at) {}

  public record FigureCheck(
      String doc, int line, Check.Kind kind, Check.Verdict verdict, String stated, At at) {}

  /** A figure as written and its exact value; {@code unit} null for {@code -}. */
  public record Figure(String doc, int line, String text, BigDecimal value, String unit, At at) {}

  /** Reads the gold folder {@code dir}; a folder without any gold file is an error. */
  public static Gold read(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException(dir + ": not a folder");
    }
    List<String> errors = new ArrayList<>();
    List<Variant> variants = read(dir, VARIANTS, 7, errors, Gold::variant);
    List<Quote> quotes = read(dir, QUOTES, 7, errors, Gold::quote);
    Set<String> quoteDocs = quotes == null ? null : covered(dir.resolve(QUOTES), quotes);
    List<Date> dates = read(dir, DATES, 4, errors, Gold::date);
    List<FigureCheck> checks = read(dir, CHECKS, 5, errors, Gold::check);
    List<Figure> figures = read(dir, FIGURES, 5, errors, Gold::figure);
    if (variants == null && quotes == null && dates == null && checks == null && figures == null) {
      throw new IOException(
          dir
              + ": no gold file ("
              + String.join(", ", VARIANTS, QUOTES, DATES, CHECKS, FIGURES)
              + ")");
    }
    return new Gold(dir, variants, quotes, quoteDocs, dates, checks, figures, List.copyOf(errors));
  }

  private static Set<String> covered(Path file, List<Quote> quotes) throws IOException {
    Set<String> out = new TreeSet<>();
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (l.startsWith(COVERS)) {
        for (String d : l.substring(COVERS.length()).strip().split("\\s+")) {
          if (!d.isEmpty()) {
            out.add(d);
          }
        }
      }
    }
    if (out.isEmpty()) {
      quotes.forEach(q -> out.add(q.doc()));
    }
    return Collections.unmodifiableSet(out);
  }

  private interface Parser<T> {
    T parse(String[] f, At at);
  }

  private static <T> List<T> read(
      Path dir, String name, int columns, List<String> errors, Parser<T> parser)
      throws IOException {
    Path file = dir.resolve(name);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    List<T> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (i == 0 && l.startsWith("\uFEFF")) {
        l = l.substring(1);
      }
      if (l.isBlank() || l.startsWith("#")) {
        continue;
      }
      At at = new At(name, i + 1);
      String[] f = l.split("\t", -1);
      if (f.length != columns) {
        errors.add(at + ": " + f.length + " fields, expected " + columns + " separated by TAB");
        continue;
      }
      for (int k = 0; k < f.length; k++) {
        f[k] = f[k].strip();
      }
      try {
        out.add(parser.parse(f, at));
      } catch (IllegalArgumentException e) {
        errors.add(at + ": " + e.getMessage());
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static Variant variant(String[] f, At at) {
    boolean merge =
        switch (f[0]) {
          case "merge" -> true;
          case "apart" -> false;
          default ->
              throw new IllegalArgumentException(
                  "relation '" + f[0] + "' is neither merge nor apart");
        };
    return new Variant(merge, form(f[1], f[2], f[3]), form(f[4], f[5], f[6]), at);
  }

  private static GoldMentions.Form form(String form, String type, String role) {
    return new GoldMentions.Form(nonEmpty(form, "form"), type(type), role(role));
  }

  private static EntityType type(String s) {
    if (s.equals("ORG")) {
      return EntityType.ORGANIZATION;
    }
    try {
      return EntityType.valueOf(s);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "type '" + s + "' is not PERSON, PLACE, ORG (ORGANIZATION) or WORK");
    }
  }

  private static Mention.Role role(String s) {
    try {
      return Mention.Role.valueOf(s);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("role '" + s + "' is not NAME, GROUP or ADJECTIVE");
    }
  }

  private static Quote quote(String[] f, At at) {
    Set<Verdict> verdicts = new TreeSet<>();
    for (String v : f[5].split(",")) {
      String t = v.strip();
      Verdict x;
      try {
        x = Verdict.valueOf(t);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("verdict '" + t + "' is not a quotation verdict");
      }
      if (x == Verdict.NOT_FOUND) {
        throw new IllegalArgumentException(
            "NOT_FOUND: the gold lists only quotations with a source");
      }
      verdicts.add(x);
    }
    return new Quote(
        nonEmpty(f[0], "doc"),
        line(f[1]),
        nonEmpty(f[2], "opening"),
        nonEmpty(f[3], "sourceDoc"),
        line(f[4]),
        Collections.unmodifiableSet(verdicts),
        nonEmpty(f[6], "speaker (write - when the text names no one)"),
        at);
  }

  private static Date date(String[] f, At at) {
    if (Edtf.tryParse(f[3]).isEmpty()) {
      throw new IllegalArgumentException("value '" + f[3] + "' is not EDTF");
    }
    return new Date(nonEmpty(f[0], "doc"), line(f[1]), nonEmpty(f[2], "text"), f[3], at);
  }

  private static FigureCheck check(String[] f, At at) {
    Check.Kind kind;
    try {
      kind = Check.Kind.valueOf(f[2]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("kind '" + f[2] + "' is not a figure check kind");
    }
    Check.Verdict verdict;
    try {
      verdict = Check.Verdict.valueOf(f[3]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("verdict '" + f[3] + "' is not a figure check verdict");
    }
    return new FigureCheck(
        nonEmpty(f[0], "doc"), line(f[1]), kind, verdict, nonEmpty(f[4], "stated"), at);
  }

  private static Figure figure(String[] f, At at) {
    BigDecimal value;
    try {
      value = new BigDecimal(f[3]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("value '" + f[3] + "' is not a decimal number");
    }
    String unit = f[4].equals("-") ? null : nonEmpty(f[4], "unit (write - for none)");
    return new Figure(nonEmpty(f[0], "doc"), line(f[1]), nonEmpty(f[2], "text"), value, unit, at);
  }

  private static int line(String s) {
    try {
      int n = Integer.parseInt(s);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new IllegalArgumentException("line '" + s + "' is not a line number (1, 2, ...)");
  }

  private static String nonEmpty(String s, String what) {
    if (s.isEmpty()) {
      throw new IllegalArgumentException(what.toLowerCase(Locale.ROOT) + " is empty");
    }
    return s.replaceAll("\\s+", " ");
  }
}
