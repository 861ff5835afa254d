package org.sverka.reuse;

import java.util.Arrays;
import java.util.List;
import org.sverka.text.LineMap;
import org.sverka.text.Paragraph;
import org.sverka.text.Segmenter;
import org.sverka.text.Span;
import org.sverka.text.Token;

/**
 * One document's tokens as parallel primitive arrays: word id and original span. Only paragraphs
 * that are not boilerplate are read; tokens run on across paragraph breaks, since a quotation may
 * span paragraphs.
 */
public final class DocTokens {
  public final String doc;
  public final String text;
  public final LineMap lines;
  public final String date;
  private int[] partStarts = new int[0];
  private String[] partDates = new String[0];
  public int size;
  public int[] word = new int[256];
  int[] start = new int[256];
  int[] end = new int[256];

  /** Tokens OCR was unsure of (null: none). */
  private boolean[] doubtful;

  public DocTokens(String doc, String text, String date) {
    this(doc, text, date, LineMap.of(text));
  }

  private DocTokens(String doc, String text, String date, LineMap lines) {
    this.doc = doc;
    this.text = text;
    this.lines = lines;
    this.date = date;
  }

  /** Reads the tokens of a document's paragraphs into the vocabulary. */
  public static DocTokens of(
      String doc,
      String text,
      String date,
      Iterable<Paragraph> paragraphs,
      Segmenter segmenter,
      Vocabulary vocabulary) {
    DocTokens t = new DocTokens(doc, text, date);
    int[] inSegment = new int[1];
    for (Paragraph p : paragraphs) {
      if (!p.boilerplate()) {
        vocabulary.newSegment();
        inSegment[0] = 0;
        segmenter.tokens(
            p.normalized(),
            tok -> {
              if (++inSegment[0] > 200) {
                vocabulary.newSegment();
                inSegment[0] = 1;
              }
              t.add(tok, vocabulary);
            });
      }
    }
    t.trim();
    return t;
  }

  /** Drops the arrays' spare room: a corpus keeps every document's tokens at once. */
  private void trim() {
    if (size < word.length) {
      word = Arrays.copyOf(word, size);
      start = Arrays.copyOf(start, size);
      end = Arrays.copyOf(end, size);
    }
  }

  /**
   * The tokens of this document that lie inside one of {@code keep} and inside none of {@code
   * drop}, as a document of their own with the same id, text and offsets: a quotation's words
   * without its editor's insertions.
   */
  public DocTokens slice(List<Span> keep, List<Span> drop) {
    DocTokens t = new DocTokens(doc, text, date, lines);
    t.partStarts = partStarts;
    t.partDates = partDates;
    for (Span k : keep) {
      for (int i = tokenAt(k.start()); i < size && end[i] <= k.end(); i++) {
        int s = start[i];
        int e = end[i];
        boolean dropped = false;
        for (Span d : drop) {
          if (s < d.end() && d.start() < e) {
            dropped = true;
            break;
          }
        }
        if (!dropped) {
          t.append(word[i], s, e);
          if (doubtful(i)) {
            t.markDoubtful(t.size - 1);
          }
        }
      }
    }
    return t;
  }

  /** Index of the first token that starts at or after {@code offset}. */
  public int tokenAt(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Appends a token: word id (in the vocabulary the document is read with) and original span. For
   * documents whose tokens were made elsewhere (a distributed run ships them between machines).
   */
  public DocTokens append(int w, int s, int e) {
    if (size == word.length) {
      int n = Math.max(256, size * 2);
      word = Arrays.copyOf(word, n);
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
    }
    word[size] = w;
    start[size] = s;
    end[size] = e;
    size++;
    return this;
  }

  void add(Token tok, Vocabulary vocabulary) {
    if (size == word.length) {
      int n = Math.max(256, size * 2);
      word = Arrays.copyOf(word, n);
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
    }
    word[size] = vocabulary.add(tok.norm());
    start[size] = tok.span().start();
    end[size] = tok.span().end();
    size++;
  }

  public int size() {
    return size;
  }

  /** The original offsets where parts start (see {@link #withPartDates}). */
  public int[] partStarts() {
    return partStarts.clone();
  }

  /** The parts' statement dates, null where a part has none (see {@link #withPartDates}). */
  public String[] partDates() {
    return partDates.clone();
  }

  /**
   * Marks the tokens that overlap one of {@code spans} (original offsets, in order or not) as
   * doubtful: words OCR read with a low confidence (see {@link
   * org.sverka.ingest.PageLayout#doubtfulSpans}).
   */
  public DocTokens withDoubtful(List<Span> spans) {
    for (Span sp : spans) {
      for (int i = Math.max(0, tokenAt(sp.start()) - 1); i < size && start[i] < sp.end(); i++) {
        if (end[i] > sp.start()) {
          markDoubtful(i);
        }
      }
    }
    return this;
  }

  private void markDoubtful(int i) {
    if (doubtful == null || doubtful.length < word.length) {
      doubtful = doubtful == null ? new boolean[word.length] : Arrays.copyOf(doubtful, word.length);
    }
    doubtful[i] = true;
  }

  /** Did OCR read token {@code i} with a low confidence? */
  public boolean doubtful(int i) {
    return doubtful != null && i < doubtful.length && doubtful[i];
  }

  /** Sets the statement dates by part: part i starts at original offset {@code starts[i]}. */
  public DocTokens withPartDates(int[] starts, String[] dates) {
    this.partStarts = starts.clone();
    this.partDates = dates.clone();
    return this;
  }

  /**
   * The statement date at an original offset, as a sortable string (the earliest day an EDTF value
   * allows: "193X" is read as 1930, "1927-11-06/1927-11-07" as its start), or null.
   */
  public String dateAt(int offset) {
    String d = date;
    for (int i = 0; i < partStarts.length; i++) {
      if (partStarts[i] <= offset && partDates[i] != null) {
        d = partDates[i];
      }
    }
    return sortable(d);
  }

  public static String sortable(String edtf) {
    if (edtf == null || edtf.isBlank()) {
      return null;
    }
    String s = edtf.strip();
    int slash = s.indexOf('/');
    if (slash > 0) {
      s = s.substring(0, slash);
    }
    s = s.replaceAll("[~?%]", "").replace('X', '0').replace('x', '0');
    return s.matches("\\d{4}(-\\d{2}(-\\d{2})?)?") ? s : null;
  }

  public int word(int i) {
    return word[i];
  }

  public int start(int i) {
    return start[i];
  }

  public int end(int i) {
    return end[i];
  }
}
