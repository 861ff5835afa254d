package org.sverka.fuzz;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** What every fuzz target checks the same way: bounds, order, one-line messages. */
final class Invariants {
  private Invariants() {}

  /** The fuzzer's bytes as text: UTF-8, malformed sequences replaced (as ingest would not). */
  static String text(byte[] input) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(input))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError(e); // REPLACE never throws
    }
  }

  static void check(boolean ok, String what, Object... detail) {
    if (!ok) {
      throw new AssertionError(
          what + (detail.length == 0 ? "" : ": " + java.util.Arrays.toString(detail)));
    }
  }

  /** {@code [start, end)} lies inside {@code [from, to]}. */
  static void inside(int start, int end, int from, int to, String what) {
    check(
        from <= start && start <= end && end <= to,
        what + " outside its text",
        start,
        end,
        from,
        to);
  }

  /** A message a user reads: one line (so no stack trace), not empty. */
  static void oneLine(String message, String what) {
    check(message != null && !message.isBlank(), what + " has no message");
    check(
        message.lines().count() == 1
            && message.indexOf('\u2028') < 0
            && message.indexOf('\u2029') < 0,
        what + " is not one line",
        message);
  }
}
