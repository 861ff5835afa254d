package org.sverka.document;

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

  public static Detected detect(String text, List<Paragraph> paragraphs) {
    String title = null;
    String author = null;
    String date = null;
    String place = null;
    boolean written = false;
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
      String line = p.normalized().text().strip();
      Matcher f = FIELD.matcher(line);
      if (f.matches()) {
        Optional<DateText.Found> d = DateText.find(f.group(2));
        if (d.isPresent() && !written) {
          date = d.get().edtf(); // "Written:" outranks any other date in the header
          written = true;
        }
        continue;
      }
      if (p.boilerplate() || line.contains(":")) {
        continue;
      }
      if (author == null && title == null && NAME.matcher(line).matches()) {
        author = line;
        continue;
      }
      Matcher by = BY.matcher(line);
      if (by.find() && author == null) {
        author = by.group(1);
        if (date == null) {
          date = DateText.find(line).map(DateText.Found::edtf).orElse(null);
        }
        continue;
      }
      if (line.startsWith("(") && line.endsWith(")")) {
        if (date == null) {
          date = DateText.find(line).map(DateText.Found::edtf).orElse(null);
        }
        continue;
      }
      if (title == null && line.length() <= 150 && Character.isLetter(line.codePointAt(0))) {
        title = line;
      }
    }
    // a dated signature among the last paragraphs
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
      if (d.isPresent() && d.get().start() <= 1) {
        if (date == null) {
          date = d.get().edtf();
        }
        Matcher pl = SIGNATURE_PLACE.matcher(line);
        if (place == null && pl.matches()) {
          place = pl.group(1);
        }
        break;
      }
    }
    return new Detected(title, author, date, place);
  }
}
