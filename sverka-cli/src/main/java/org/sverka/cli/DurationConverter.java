package org.sverka.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Reads durations such as {@code 90s}, {@code 10m}, {@code 2h}, or {@code auto} (null). */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
  private static final Pattern TIME = Pattern.compile("(\\d+)\\s*(s|sec|m|min|h)?");

  @Override
  public Duration convert(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (v.equals("auto")) {
      return null;
    }
    Matcher m = TIME.matcher(v);
    if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a duration; write e.g. 90s, 10m, 2h or auto");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    return switch (unit) {
      case "m", "min" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofSeconds(n);
    };
  }
}
