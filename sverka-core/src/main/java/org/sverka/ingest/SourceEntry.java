package org.sverka.ingest;

import java.util.List;
import java.util.Map;

/**
 * What the user's {@code sources.yaml} says about one file. Every field may be null except {@code
 * file}. {@code yamlLine} is the line of the entry, for messages.
 *
 * @param extra unknown keys, kept in their order and shown
 */
public record SourceEntry(
    String id,
    String file,
    String title,
    String author,
    String date,
    String published,
    String place,
    String source,
    String translatedFrom,
    String kind,
    String encoding,
    List<PartSpec> parts,
    Map<String, Object> extra,
    int yamlLine)
    implements java.io.Serializable {

  /** A part as the user wrote it. */
  public record PartSpec(
      int lineStart,
      int lineEnd,
      String title,
      String date,
      String author,
      String kind,
      String place,
      Map<String, Object> extra,
      int yamlLine)
      implements java.io.Serializable {}
}
