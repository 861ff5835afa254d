package org.sverka.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A StAX writer (the JDK's own, whatever else is on the class path, so that the bytes never change)
 * into memory, with the few calls the TEI needs: elements with their attributes in the order given,
 * text that keeps every character (a carriage return as {@code &#13;} so that a parser gives it
 * back; a character XML 1.0 cannot hold as {@code <g type="control">}), and indentation where the
 * writer asks for it (never inside the text).
 */
final class Xml {
  static final String TEI_NS = "http://www.tei-c.org/ns/1.0";
  static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final XMLStreamWriter w;

  Xml() {
    try {
      w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A processing instruction before the root. */
  Xml pi(String target, String data) {
    return call(() -> w.writeProcessingInstruction(target, data));
  }

  /** The root element in the TEI namespace. */
  Xml root(String name) {
    return call(
        () -> {
          w.setDefaultNamespace(TEI_NS);
          w.writeStartElement(TEI_NS, name);
          w.writeDefaultNamespace(TEI_NS);
        });
  }

  /** Opens {@code name} with attributes as name, value pairs (a null value is left out). */
  Xml start(String name, String... attributes) {
    return call(
        () -> {
          w.writeStartElement(TEI_NS, name);
          attributes(attributes);
        });
  }

  /** An empty element with attributes as name, value pairs. */
  Xml empty(String name, String... attributes) {
    return call(
        () -> {
          w.writeEmptyElement(TEI_NS, name);
          attributes(attributes);
        });
  }

  /** {@code <name attributes>text</name>}, left out when {@code text} is null or blank. */
  Xml element(String name, String text, String... attributes) {
    if (text == null || text.isBlank()) {
      return this;
    }
    return start(name, attributes).text(text).end();
  }

  private void attributes(String... attributes) throws XMLStreamException {
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      String value = attributes[i + 1];
      if (value == null) {
        continue;
      }
      String clean = attributeValue(value);
      if (attributes[i].startsWith("xml:")) {
        w.writeAttribute("xml", XML_NS, attributes[i].substring(4), clean);
      } else {
        w.writeAttribute(attributes[i], clean);
      }
    }
  }

  /** An attribute's value on one line, without characters XML cannot hold. */
  private static String attributeValue(String v) {
    StringBuilder b = new StringBuilder(v.length());
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      b.append(Character.isWhitespace(c) || !writable(v, i) ? ' ' : c);
    }
    return b.toString();
  }

  /** Closes the innermost element. */
  Xml end() {
    return call(w::writeEndElement);
  }

  /** A line break and {@code depth} levels of indentation, between elements only. */
  Xml indent(int depth) {
    return call(() -> w.writeCharacters("\n" + "  ".repeat(depth)));
  }

  /** Text, every character kept. */
  Xml text(CharSequence s) {
    return text(s, 0, s.length());
  }

  /** The characters {@code [from, to)} of {@code s}, every one kept. */
  Xml text(CharSequence s, int from, int to) {
    return call(
        () -> {
          int run = from;
          for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\r' || !writable(s, i)) {
              w.writeCharacters(s.subSequence(run, i).toString());
              if (c == '\r') {
                w.writeEntityRef("#13");
              } else {
                w.writeEmptyElement(TEI_NS, "g");
                w.writeAttribute("type", "control");
                w.writeAttribute("n", String.format("U+%04X", (int) c));
              }
              run = i + 1;
            }
          }
          w.writeCharacters(s.subSequence(run, to).toString());
        });
  }

  /** Whether XML 1.0 can hold {@code c} as it is (a surrogate only as half of a pair). */
  private static boolean allowed(char c) {
    return c == '\t'
        || c == '\n'
        || c == '\r'
        || c >= 0x20 && c < 0xD800
        || c > 0xDFFF && c < 0xFFFE;
  }

  /** Whether the character at {@code i} can be written as it is. */
  static boolean writable(CharSequence s, int i) {
    char c = s.charAt(i);
    if (!Character.isSurrogate(c)) {
      return allowed(c);
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
    return true;
  }

  /** The document, closed, as UTF-8 bytes ending in a line break. */
  byte[] finish() {
    call(
        () -> {
          w.writeEndDocument();
          w.flush();
          w.close();
        });
    bytes.write('\n');
    return bytes.toByteArray();
  }

  /** The same bytes as a string. */
  static String string(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  private interface Call {
    void run() throws XMLStreamException;
  }

  private Xml call(Call c) {
    try {
      c.run();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    return this;
  }
}
