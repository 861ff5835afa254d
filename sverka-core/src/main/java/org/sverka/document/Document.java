package org.sverka.document;

import java.util.List;
import org.sverka.ingest.PageLayout;
import org.sverka.text.LineMap;
import org.sverka.text.Paragraph;

/**
 * One analysed source: its original text (as cited), the line map, metadata, parts that cover every
 * line, and paragraphs with sentences.
 *
 * @param path the file as the user named it, relative to the folder it was found in
 * @param sha256 hex digest of the file's bytes
 * @param layout its pages and OCR lines, when it is a PDF or an image ({@link PageLayout#NONE}
 *     otherwise)
 */
public record Document(
    String id,
    String path,
    String sha256,
    long bytes,
    String mediaType,
    String charset,
    String text,
    LineMap lines,
    Metadata meta,
    List<Part> parts,
    List<Paragraph> paragraphs,
    int words,
    PageLayout layout) {

  public int lineCount() {
    return lines.lineCount();
  }

  /** The part that holds a 1-based line (parts cover every line). */
  public Part partOf(int line) {
    for (Part p : parts) {
      if (p.containsLine(line)) {
        return p;
      }
    }
    throw new IllegalArgumentException("line " + line + " is outside " + id);
  }
}
