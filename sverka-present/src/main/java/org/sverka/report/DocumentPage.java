package org.sverka.report;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.sverka.document.Part;
import org.sverka.ingest.PageLayout;
import org.sverka.store.StoredDocument;
import org.sverka.text.LineMap;
import org.sverka.text.Span;

/**
 * What a document's page shows (template {@code report/document.jte}): its metadata, its named
 * parts as a table of contents, and its original lines, numbered, with the findings over them.
 *
 * @param lines the lines in order, computed as the template reads them (each exactly once)
 * @param closesLast whether a part's section is still open after the last line
 * @param scanned whether the page shows page images (its lines read by OCR from kept images)
 * @param doubtful whether some words of the text were read by OCR with a confidence under {@link
 *     PageLayout#LOW_CONFIDENCE}: they are marked in the text (kind {@code o}) and linked to their
 *     page's image
 */
public record DocumentPage(
    StoredDocument doc,
    String title,
    List<Meta> meta,
    List<Part> toc,
    boolean editable,
    Iterable<Line> lines,
    boolean closesLast,
    boolean scanned,
    boolean doubtful) {

  /** A line of the metadata list. */
  public record Meta(String key, String value) {}

  /** A part that begins at a line, and whether the section of the part before it ends there. */
  public record Opening(Part part, boolean closesPrevious) {}

  /**
   * A line of the text: the parts that begin at it, whether it is boilerplate, its text in pieces
   * under their findings, the findings listed in its margin, and the image of the page that begins
   * at it (or null).
   */
  public record Line(
      int number,
      List<Opening> openings,
      boolean boilerplate,
      List<Marks.Piece> text,
      List<Marks.Mark> margin,
      Scan scan) {}

  /**
   * The kept image of an OCR'd page, shown beside its text.
   *
   * @param src the image as a {@code data:} URI (the report stays one file per page)
   * @param boxes the page's OCR lines, each boxed where it stands on the image
   */
  public record Scan(int page, int width, int height, String src, List<ScanBox> boxes) {}

  /** An OCR line's box on its page image, in percent of the image's width and height. */
  public record ScanBox(int line, String left, String top, String width, String height) {}

  /**
   * The page of {@code d} with the findings {@code marks} over its text, and the images of its
   * OCR'd pages beside the lines they hold.
   */
  static DocumentPage of(
      StoredDocument d,
      List<Marks.Mark> marks,
      boolean editable,
      PageLayout layout,
      List<PageLayout.PageImage> images) {
    String title = d.meta().title() == null ? d.id() : d.meta().title();
    List<Part> named = d.parts().stream().filter(p -> !p.implicit()).toList();
    Map<Integer, Scan> scans = scans(layout, images);
    List<Marks.Mark> doubts = doubtfulWords(d.text(), layout, !scans.isEmpty());
    List<Marks.Mark> all = marks;
    if (!doubts.isEmpty()) {
      all = new ArrayList<>(marks);
      all.addAll(doubts);
    }
    List<Marks.Mark> shown = all;
    return new DocumentPage(
        d,
        title,
        meta(d),
        named,
        editable,
        () -> new Lines(d, shown, scans),
        !d.parts().isEmpty(),
        !scans.isEmpty(),
        !doubts.isEmpty());
  }

  /**
   * The words OCR read with a low confidence, as marks of kind {@code o}: each says its confidence
   * and links to its page's image when the page shows one, else to its line.
   */
  private static List<Marks.Mark> doubtfulWords(String text, PageLayout layout, boolean images) {
    List<Marks.Mark> out = new ArrayList<>();
    LineMap lines = LineMap.of(text);
    for (PageLayout.OcrLine l : layout.ocrLines()) {
      if (l.line() < 1 || l.line() > lines.lineCount()) {
        continue;
      }
      int at = lines.lineStart(l.line());
      int end = lines.contentEnd(text, l.line());
      for (PageLayout.Word w : l.words()) {
        if (!w.doubtful() || at + w.end() > end || w.start() >= w.end()) {
          continue;
        }
        String title =
            "OCR read this word with "
                + w.confidence()
                + "% confidence (under "
                + PageLayout.LOW_CONFIDENCE
                + "%): check it on page "
                + l.page();
        String href = images ? "#P" + l.page() : "#L" + l.line();
        out.add(new Marks.Mark(new Span(at + w.start(), at + w.end()), "o", href, "OCR?", title));
      }
    }
    return out;
  }

  /** The page images by the first line of their page. */
  private static Map<Integer, Scan> scans(PageLayout layout, List<PageLayout.PageImage> images) {
    Map<Integer, Scan> out = new HashMap<>();
    for (PageLayout.PageImage im : images) {
      PageLayout.Page page =
          layout.pages().stream().filter(p -> p.number() == im.page()).findFirst().orElse(null);
      if (page == null
          || page.width() <= 0
          || page.height() <= 0
          || page.lineStart() > page.lineEnd()) {
        continue;
      }
      List<ScanBox> boxes = new ArrayList<>();
      for (PageLayout.OcrLine l : layout.ocrLines()) {
        if (l.page() == im.page()) {
          PageLayout.Box b = l.box();
          boxes.add(
              new ScanBox(
                  l.line(),
                  percent(b.left(), page.width()),
                  percent(b.top(), page.height()),
                  percent(b.width(), page.width()),
                  percent(b.height(), page.height())));
        }
      }
      String src = "data:image/png;base64," + Base64.getEncoder().encodeToString(im.png());
      out.put(page.lineStart(), new Scan(im.page(), im.width(), im.height(), src, boxes));
    }
    return out;
  }

  private static String percent(int v, int of) {
    return String.format(Locale.ROOT, "%.3f", 100.0 * v / of);
  }

  /** The metadata shown for a document, those without a value left out. */
  private static List<Meta> meta(StoredDocument d) {
    List<Meta> out = new ArrayList<>();
    add(out, "id", d.id());
    add(out, "author", d.meta().author());
    add(out, "date", d.meta().date());
    add(out, "published", d.meta().published());
    add(out, "place", d.meta().place());
    add(out, "source", d.meta().source());
    add(out, "translated from", d.meta().translatedFrom());
    add(out, "kind", d.meta().kind());
    add(
        out,
        "file",
        d.file() + " (" + d.mediaType() + (d.charset() == null ? "" : ", " + d.charset()) + ")");
    for (var e : d.meta().extra().entrySet()) {
      add(out, e.getKey(), String.valueOf(e.getValue()));
    }
    if (!d.meta().detected().isEmpty()) {
      add(out, "detected from the text", String.join(", ", d.meta().detected()));
    }
    return out;
  }

  private static void add(List<Meta> out, String k, String v) {
    if (v != null && !v.isBlank()) {
      out.add(new Meta(k, v));
    }
  }

  /** The lines of a document, one at a time (the findings are read in order). */
  private static final class Lines implements Iterator<Line> {
    private final String text;
    private final LineMap lines;
    private final Marks marks;
    private final boolean[] boiler;
    private final List<Part> parts;
    private final Map<Integer, Scan> scans;
    private int partIndex;
    private int line = 1;

    Lines(StoredDocument d, List<Marks.Mark> all, Map<Integer, Scan> scans) {
      this.scans = scans;
      this.text = d.text();
      this.lines = LineMap.of(text);
      this.marks = new Marks(text, lines, all);
      this.parts = d.parts();
      this.boiler = new boolean[lines.lineCount() + 2];
      for (StoredDocument.StoredParagraph p : d.paragraphs()) {
        if (p.boilerplate()) {
          for (int l = p.lineStart(); l <= p.lineEnd(); l++) {
            boiler[l] = true;
          }
        }
      }
    }

    @Override
    public boolean hasNext() {
      return line <= lines.lineCount();
    }

    @Override
    public Line next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      List<Opening> openings = new ArrayList<>();
      while (partIndex < parts.size() && parts.get(partIndex).lineStart() == line) {
        openings.add(new Opening(parts.get(partIndex++), line > 1));
      }
      List<Marks.Piece> pieces = marks.pieces(lines.lineStart(line), lines.contentEnd(text, line));
      Line out =
          new Line(line, openings, boiler[line], pieces, marks.startingOn(line), scans.get(line));
      line++;
      return out;
    }
  }
}
