package org.sverka.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What every request passes before it reaches a page or the API: the Host header (on a loopback
 * bind, so that a web page cannot reach the server through DNS rebinding), the token (when one is
 * set), the body size, and for writes the origin (so that another site cannot make the browser
 * write). Every response carries the security headers, the Content-Security-Policy first.
 */
final class Guard {
  /** Scripts and styles only from the server itself: no inline script, no network. */
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  static final String COOKIE = "sverka_token";
  static final long MAX_BODY = 1024 * 1024;

  private static final Pattern LOOPBACK_NAME =
      Pattern.compile("localhost|127(\\.\\d{1,3}){3}|\\[::1\\]|::1", Pattern.CASE_INSENSITIVE);

  /** A request refused, with its status and a one-line reason. */
  static final class Refused extends RuntimeException {
    final int status;

    Refused(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  private final boolean loopback;
  private final String host;
  private final byte[] token;

  Guard(String host, String token) {
    this.host = host;
    this.loopback = isLoopback(host);
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  /** Whether a bind address is loopback only (127.0.0.0/8, ::1, localhost). */
  static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  static void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Cache-Control", "no-store");
  }

  /** Runs before every request; throws {@link Refused} to stop it. */
  void check(Context ctx) {
    headers(ctx);
    checkHost(ctx);
    if (!checkToken(ctx)) {
      return;
    }
    String length = ctx.header("Content-Length");
    if (length != null) {
      long n;
      try {
        n = Long.parseLong(length.trim());
      } catch (NumberFormatException e) {
        throw new Refused(400, "bad Content-Length");
      }
      if (n > MAX_BODY) {
        throw new Refused(413, "request body larger than " + MAX_BODY + " bytes");
      }
    }
    HandlerType m = ctx.method();
    if (m != HandlerType.GET && m != HandlerType.HEAD && m != HandlerType.OPTIONS) {
      checkSameOrigin(ctx);
    }
  }

  private void checkHost(Context ctx) {
    if (!loopback) {
      return; // the token protects a server reachable from elsewhere
    }
    String h = ctx.header("Host");
    if (h == null) {
      throw new Refused(400, "no Host header");
    }
    String name = h.replaceFirst(":\\d+$", "");
    if (!LOOPBACK_NAME.matcher(name).matches() && !name.equalsIgnoreCase(host)) {
      throw new Refused(403, "this server answers only to localhost");
    }
  }

  /** False when the request was answered here (the redirect after a first visit's ?token=). */
  private boolean checkToken(Context ctx) {
    if (token == null) {
      return true;
    }
    String given = null;
    String auth = ctx.header("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      given = auth.substring(7).trim();
    }
    if (given == null) {
      given = ctx.cookie(COOKIE);
    }
    String query = ctx.queryParam("token");
    if (given == null && query != null && ctx.method() == HandlerType.GET && matches(query)) {
      // the first visit with ?token=: keep it in a cookie and take it out of the address bar
      Cookie c = new Cookie(COOKIE, query);
      c.setPath("/");
      c.setHttpOnly(true);
      c.setSameSite(SameSite.STRICT);
      ctx.cookie(c);
      ctx.redirect(ctx.path());
      ctx.skipRemainingHandlers();
      return false;
    }
    if (given == null || !matches(given)) {
      throw new Refused(
          401,
          "a token is required: open the address with ?token=TOKEN once,"
              + " or send the header Authorization: Bearer TOKEN");
    }
    return true;
  }

  private boolean matches(String given) {
    return MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A write must come from a page of this server: browsers say where a request comes from in
   * Sec-Fetch-Site (and Origin); a request with neither is not from a browser's page.
   */
  private static void checkSameOrigin(Context ctx) {
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null) {
      if (!site.equals("same-origin")) {
        throw new Refused(403, "cross-site write refused");
      }
      return;
    }
    String origin = ctx.header("Origin");
    if (origin != null) {
      String host = ctx.header("Host");
      String originHost;
      try {
        originHost = URI.create(origin).getRawAuthority();
      } catch (IllegalArgumentException e) {
        originHost = null;
      }
      if (host == null
          || originHost == null
          || !originHost.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT))) {
        throw new Refused(403, "cross-site write refused");
      }
    }
  }
}
