package org.sverka.web;

import io.javalin.http.Context;
import org.sverka.time.Edtf;

/** A request's query parameters, read and checked the same way by every route: 400 when bad. */
final class QueryParams {
  private QueryParams() {}

  /** A whole number within {@code [min, max]}; {@code dflt} when absent. */
  static int integer(Context ctx, String name, int dflt, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return dflt;
    }
    if (!v.matches("\\d{1,9}")) {
      throw new Guard.Refused(400, name + " must be a whole number");
    }
    int n = Integer.parseInt(v);
    if (n < min || n > max) {
      throw new Guard.Refused(400, name + " must be between " + min + " and " + max);
    }
    return n;
  }

  /** {@code true} or {@code false}; {@code dflt} when absent. */
  static boolean bool(Context ctx, String name, boolean dflt) {
    String v = ctx.queryParam(name);
    if (v == null) {
      return dflt;
    }
    if (!v.equals("true") && !v.equals("false")) {
      throw new Guard.Refused(400, name + " must be true or false");
    }
    return v.equals("true");
  }

  /** An EDTF date; null when absent. The error names the problem and the accepted forms. */
  static Edtf edtf(String name, String value) {
    if (value == null) {
      return null;
    }
    try {
      return Edtf.parse(value);
    } catch (IllegalArgumentException e) {
      throw new Guard.Refused(400, name + ": " + e.getMessage());
    }
  }
}
