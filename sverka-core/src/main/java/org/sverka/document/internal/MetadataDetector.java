package org.sverka.document.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sverka.text.Paragraph;
import org.sverka.time.DateText;

/**
 * Guesses a document's title, author, date and place from its text when {@code sources.yaml} does
 * not say: header lines at the top (a name line, a title line, "Written: 16 December 1928"), and a
 * dated signature line near the end ("December 16, 1928, Alma Alta.").
 */
public final class MetadataDetector {
  private static final Pattern FIELD =
      Pattern.compile("^(Written|Date|Delivered|Dated)\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME =
      Pattern.compile(
          "^(?:(?:\\p{Lu}\\.\\s?){1,3}\\s?\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}+(?:\\s(?:\\p{Lu}\\.\\s?)?\\p{Lu}\\p{Ll}+){1,2})$");
  private static final Pattern BY =
      Pattern.compile("\\bby\\s+(\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*){0,3})\\s*$");
  private static final Pattern SIGNATURE_PLACE =
      Pattern.compile(
          "^.*?\\d{4}\\s*,\\s*(\\p{Lu}[\\p{L}-]*(?:[\\s-]\\p{Lu}[\\p{L}-]*){0,2})\\.?$");

  private MetadataDetector() {}

  /** What was detected; any field may be null. */
  public record Detected(String title, String author, String date, String place) {}

  /** The fields found so far, filled in by the header lines and the signature. */
  private static final class Fields {
    String title;
    String author;
    String date;
    String place;
    boolean written;
  }

  public static Detected detect(String text, List<Paragraph> paragraphs) {
    Fields f = new Fields();
    List<String> head = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      if (p.normalized().text().length() > 200) {
        break;
      }
      head.add(p.normalized().text().strip());
      if (head.size() >= 15) {
        break;
      }
    }
    for (Paragraph p : paragraphs) {
      if (p.normalized().text().length() > 200 || head.isEmpty()) {
        break;
      }
      readHeaderLine(p, f);
    }
    readSignature(paragraphs, f);
    return new Detected(f.title, f.author, f.date, f.place);
  }

  /** Reads one short paragraph at the top: a "Written:" field, a name, a byline or the title. */
  private static void readHeaderLine(Paragraph p, Fields f) {
    String line = p.normalized().text().strip();
    Matcher field = FIELD.matcher(line);
    if (field.matches()) {
      Optional<DateText.Found> d = DateText.find(field.group(2));
      if (d.isPresent() && !f.written) {
        f.date = d.get().edtf(); // "Written:" outranks any other date in the header
        f.written = true;
      }
      return;
    }
    if (p.boilerplate() || line.contains(":")) {
      return;
    }
    if (f.author == null && f.title == null && NAME.matcher(line).matches()) {
      f.author = line;
      return;
    }
    Matcher by = BY.matcher(line);
    if (by.find() && f.author == null) {
      f.author = by.group(1);
      if (f.date == null) {
        f.date = DateText.find(line).map(DateText.Found::edtf).orElse(null);
      }
      return;
    }
    if (line.startsWith("(") && line.endsWith(")")) {
      if (f.date == null) {
        f.date = DateText.find(line).map(DateText.Found::edtf).orElse(null);
      }
      return;
    }
    if (f.title == null && line.length() <= 150 && Character.isLetter(line.codePointAt(0))) {
      f.title = line;
    }
  }

  /** Reads a dated signature among the last paragraphs: its date, and the place after it. */
  private static void readSignature(List<Paragraph> paragraphs, Fields f) {
    int checked = 0;
    for (int i = paragraphs.size() - 1; i >= 0 && checked < 12; i--) {
      Paragraph p = paragraphs.get(i);
      if (p.boilerplate()) {
        continue;
      }
      checked++;
      String line = p.normalized().text().strip();
      if (line.length() > 80) {
        continue;
      }
      Optional<DateText.Found> d = DateText.find(line);
      if (d.isPresent() && d.get().span().start() <= 1) {
        if (f.date == null) {
          f.date = d.get().edtf();
        }
        Matcher pl = SIGNATURE_PLACE.matcher(line);
        if (f.place == null && pl.matches()) {
          f.place = pl.group(1);
        }
        return;
      }
    }
  }
}
