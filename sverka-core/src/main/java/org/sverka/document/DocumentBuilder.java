package org.sverka.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sverka.document.internal.MetadataDetector;
import org.sverka.ingest.Extracted;
import org.sverka.ingest.Problem;
import org.sverka.ingest.SourceEntry;
import org.sverka.text.Lexicon;
import org.sverka.text.LineMap;
import org.sverka.text.Normalizer;
import org.sverka.text.Paragraph;
import org.sverka.text.Segmenter;

/**
 * Turns extracted text plus what the user said about it into a {@link Document}: segments it, fills
 * metadata from {@code sources.yaml} or detection, and lays parts over every line. Not thread-safe
 * (it holds a {@link Segmenter}); use one per thread.
 */
public final class DocumentBuilder {
  private final Segmenter segmenter = new Segmenter();

  /** Normaliser for a document's original text, with its own hyphenation lexicon. */
  public static Normalizer normalizerFor(String text) {
    return new Normalizer(Lexicon.of(text));
  }

  public Document build(
      String id,
      String path,
      String sha256,
      long bytes,
      Extracted extracted,
      SourceEntry entry,
      List<Problem> problems) {
    String text = extracted.text();
    LineMap lines = LineMap.of(text);
    List<Paragraph> paragraphs = segmenter.paragraphs(text, lines, normalizerFor(text));
    int words = 0;
    for (Paragraph p : paragraphs) {
      if (!p.boilerplate()) {
        words += segmenter.countTokens(p.normalized());
      }
    }
    Metadata meta = metadata(text, paragraphs, entry);
    List<Part> parts = parts(lines.lineCount(), meta, entry, path, problems);
    return new Document(
        id,
        path,
        sha256,
        bytes,
        extracted.mediaType(),
        extracted.charset(),
        text,
        lines,
        meta,
        parts,
        paragraphs,
        words,
        extracted.layout());
  }

  private static Metadata metadata(String text, List<Paragraph> paragraphs, SourceEntry e) {
    MetadataDetector.Detected d = MetadataDetector.detect(text, paragraphs);
    List<String> detected = new ArrayList<>();
    String title = pick(e == null ? null : e.title(), d.title(), "title", detected);
    String author = pick(e == null ? null : e.author(), d.author(), "author", detected);
    String date = pick(e == null ? null : e.date(), d.date(), "date", detected);
    String place = pick(e == null ? null : e.place(), d.place(), "place", detected);
    return new Metadata(
        title,
        author,
        date,
        e == null ? null : e.published(),
        place,
        e == null ? null : e.source(),
        e == null ? null : e.translatedFrom(),
        e == null ? null : e.kind(),
        e == null ? Map.of() : new LinkedHashMap<>(e.extra()),
        List.copyOf(detected));
  }

  private static String pick(String given, String guess, String field, List<String> detected) {
    if (given != null) {
      return given;
    }
    if (guess != null) {
      detected.add(field);
    }
    return guess;
  }

  /** The user's parts, checked and sorted, with the lines they leave out as implicit parts. */
  private static List<Part> parts(
      int lineCount, Metadata meta, SourceEntry e, String path, List<Problem> problems) {
    List<SourceEntry.PartSpec> specs = new ArrayList<>(e == null ? List.of() : e.parts());
    specs.sort(java.util.Comparator.comparingInt(SourceEntry.PartSpec::lineStart));
    List<Part> parts = new ArrayList<>();
    int next = 1;
    for (SourceEntry.PartSpec s : specs) {
      if (s.lineStart() > lineCount) {
        problems.add(
            partProblem(
                s, "start after the end of " + path + " (" + lineCount + " lines); part skipped"));
        continue;
      }
      if (s.lineStart() < next) {
        problems.add(partProblem(s, "overlap the part before it in " + path + "; part skipped"));
        continue;
      }
      int end = s.lineEnd();
      if (end > lineCount) {
        problems.add(
            partProblem(
                s,
                "end after the end of "
                    + path
                    + " ("
                    + lineCount
                    + " lines); cut to "
                    + lineCount));
        end = lineCount;
      }
      if (s.lineStart() > next) {
        parts.add(implicit(next, s.lineStart() - 1, meta));
      }
      parts.add(
          new Part(
              s.lineStart(),
              end,
              s.title(),
              s.date() != null ? s.date() : meta.date(),
              s.author() != null ? s.author() : meta.author(),
              s.kind(),
              s.place() != null ? s.place() : meta.place(),
              false,
              s.extra()));
      next = end + 1;
    }
    if (next <= lineCount) {
      parts.add(implicit(next, lineCount, meta));
    }
    return parts;
  }

  /** "part lines A-B ..." at the part's line of sources.yaml. */
  private static Problem partProblem(SourceEntry.PartSpec s, String what) {
    return new Problem(
        "sources.yaml",
        s.yamlLine(),
        "part lines " + s.lineStart() + "-" + s.lineEnd() + " " + what);
  }

  private static Part implicit(int from, int to, Metadata meta) {
    return new Part(
        from,
        to,
        meta.title(),
        meta.date(),
        meta.author(),
        meta.kind(),
        meta.place(),
        true,
        Map.of());
  }
}
