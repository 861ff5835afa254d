package org.sverka.claims;

import java.util.List;
import org.sverka.time.Edtf;

/**
 * One claim of the claims file: what someone asserted, where it is written, and its shape.
 *
 * @param saidOn when it was said: given, else the cited part's date, else the document's; null if
 *     none is known
 * @param saidOnSource "claim", "part" or "document": where {@code saidOn} came from
 * @param citedText the cited lines' original text
 * @param line the claim's line in the claims file
 */
public record Claim(
    String id,
    Cite cite,
    String citedText,
    String saidBy,
    Edtf saidOn,
    String saidOnSource,
    Trust trust,
    Shape shape,
    int line) {

  /** How far the analyst accepts a claim. */
  public enum Trust {
    ASSERTED,
    ESTABLISHED
  }

  /** What a claim asserts: exactly one of the three shapes. */
  public sealed interface Shape permits Presence, EventValue, Stance {}

  /**
   * Presence: the people {@code who} were at {@code where} at some time within {@code when}, or for
   * the whole of it if {@code throughout}.
   */
  public record Presence(List<String> who, String where, Edtf when, boolean throughout)
      implements Shape {
    public Presence {
      who = List.copyOf(who);
    }
  }

  /** A version of an event: the value(s) given for one slot. */
  public record EventValue(String event, String slot, List<String> values) implements Shape {
    public EventValue {
      values = List.copyOf(values);
    }
  }

  /** A stance on a proposition: affirmed or denied. */
  public record Stance(String proposition, boolean affirms) implements Shape {}

  public boolean established() {
    return trust == Trust.ESTABLISHED;
  }

  /** The cited text on one line, spaces collapsed, shortened to {@code max} characters. */
  public String shortText(int max) {
    String t = citedText.replaceAll("\\s+", " ").strip();
    return t.length() <= max ? t : t.substring(0, max - 1) + "…";
  }

  /** Orders by when it was said (unknown last), then id: the order of versions. */
  public static int bySaidOn(Claim a, Claim b) {
    if (a.saidOn == null || b.saidOn == null) {
      if (a.saidOn != b.saidOn) {
        return a.saidOn == null ? 1 : -1;
      }
    } else {
      int c = a.saidOn.compareTo(b.saidOn);
      if (c != 0) {
        return c;
      }
    }
    return a.id.compareTo(b.id);
  }
}
