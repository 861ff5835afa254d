package org.sverka.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sverka.time.Edtf;

/**
 * An EDTF value as TEI's dating attributes: {@code @when} for a year, month or day; {@code
 * @notBefore}/{@code @notAfter} for an interval or a value with unknown digits or a season (an open
 * end left out); {@code @cert} {@code low} when uncertain ({@code ?}, {@code %}) and {@code medium}
 * when approximate ({@code ~}).
 */
final class TeiDates {
  /** A year, month or day that XML Schema's gYear, gYearMonth or date reads as it is. */
  private static final Pattern PLAIN = Pattern.compile("-?\\d{4}(-(0[1-9]|1[0-2])(-\\d\\d)?)?");

  private TeiDates() {}

  /** The attributes (name, value pairs) for {@code edtf}; none when it is null or not EDTF. */
  static String[] attributes(String edtf) {
    Optional<Edtf> parsed = edtf == null ? Optional.empty() : Edtf.tryParse(edtf.trim());
    if (parsed.isEmpty()) {
      return new String[0];
    }
    Edtf e = parsed.get();
    List<String> out = new ArrayList<>();
    String bare = edtf.trim().replaceAll("[~?%]", "");
    if (!e.isInterval() && plain(bare)) {
      out.add("when");
      out.add(bare);
    } else {
      String[] ends = bare.split("/", -1);
      bound(out, "notBefore", ends.length == 2 ? ends[0] : null, e.earliest());
      bound(out, "notAfter", ends.length == 2 ? ends[1] : null, e.latest());
    }
    if (e.uncertain() || e.approximate()) {
      out.add("cert");
      out.add(e.uncertain() ? "low" : "medium");
    }
    return out.toArray(String[]::new);
  }

  private static boolean plain(String s) {
    return PLAIN.matcher(s).matches() && !s.matches("-?0000.*");
  }

  /** One end: as written when plain, else the day it comes to; open or year 0 left out. */
  private static void bound(List<String> out, String name, String written, LocalDate day) {
    String value = null;
    if (written != null && plain(written)) {
      value = written;
    } else if (!day.equals(LocalDate.MIN) && !day.equals(LocalDate.MAX) && day.getYear() != 0) {
      value = day.toString();
    }
    if (value != null) {
      out.add(name);
      out.add(value);
    }
  }
}
