package org.sverka.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of a user's YAML file ({@code sources.yaml}, {@code claims.yaml}), or one line saying
 * why it cannot be read: a folder in its place, too large for the YAML reader, not UTF-8.
 */
public final class YamlText {
  /** SnakeYAML's own limit (3 million code points); a larger file is refused before it is read. */
  public static final long MAX_BYTES = 3L * 1024 * 1024;

  private YamlText() {}

  public static String read(Path file) throws UnusableInputException {
    if (Files.isDirectory(file)) {
      throw new UnusableInputException("is a folder, not a YAML file", 0);
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new UnusableInputException(
            String.format("is %,d bytes; a YAML file over %,d bytes is not read", size, MAX_BYTES),
            0);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UnusableInputException(
          "cannot read: " + UnusableInputException.oneLine(e.getMessage()), 0);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      int at = firstBad(bytes);
      int line = 1;
      for (int i = 0; i < at; i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new UnusableInputException(
          String.format(
              "byte 0x%02X at line %d (byte offset %d) is not valid UTF-8; save the file as UTF-8",
              bytes[at] & 0xff, line, at),
          line);
    }
  }

  /** The offset of the first byte that does not decode as UTF-8. */
  private static int firstBad(byte[] b) {
    var d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(b.length + 1);
    var r = d.decode(in, out, true);
    return r.isError() ? Math.min(in.position(), b.length - 1) : 0;
  }
}
