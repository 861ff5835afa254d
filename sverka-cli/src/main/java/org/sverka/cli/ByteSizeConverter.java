package org.sverka.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Reads sizes such as {@code 100MB}, {@code 512k}, {@code 2G} or plain bytes. */
final class ByteSizeConverter implements CommandLine.ITypeConverter<Long> {
  private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)(?:i?b)?");

  @Override
  public Long convert(String value) {
    Matcher m = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a size; write e.g. 100MB, 512KB or 2GB");
    }
    double n = Double.parseDouble(m.group(1));
    int shift =
        switch (m.group(2)) {
          case "k" -> 10;
          case "m" -> 20;
          case "g" -> 30;
          case "t" -> 40;
          default -> 0;
        };
    long bytes = (long) (n * (1L << shift));
    if (bytes <= 0) {
      throw new CommandLine.TypeConversionException("size must be positive: " + value);
    }
    return bytes;
  }
}
