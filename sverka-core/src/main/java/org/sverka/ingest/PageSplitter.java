package org.sverka.ingest;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.sax.ToTextContentHandler;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * Tika's plain text of a document (the same characters as {@code BodyContentHandler(-1)}), with the
 * offsets where the pages of a PDF begin ({@code <div class="page">}).
 */
final class PageSplitter extends ToTextContentHandler {
  private final StringWriter writer;
  private final List<Integer> starts = new ArrayList<>();

  PageSplitter() {
    this(new StringWriter());
  }

  private PageSplitter(StringWriter writer) {
    super(writer);
    this.writer = writer;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes atts)
      throws SAXException {
    if ("div".equals(localName) && "page".equals(atts.getValue("class"))) {
      starts.add(writer.getBuffer().length());
    }
    super.startElement(uri, localName, qName, atts);
  }

  /** The offsets in {@link #toString()} where each page begins, in order. */
  List<Integer> starts() {
    return List.copyOf(starts);
  }

  @Override
  public String toString() {
    return writer.toString();
  }
}
