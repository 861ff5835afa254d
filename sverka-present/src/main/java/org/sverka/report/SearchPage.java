package org.sverka.report;

import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sverka.search.Hit;
import org.sverka.search.Searcher;
import org.sverka.search.Snippet;

/**
 * The report's search page, {@code search.html}. Served by {@code sverka serve} with the results of
 * a query ({@link #write}); in the static report, which has no server to ask, a page that says how
 * to search ({@link #writeStatic}). The header's search box (see {@link ReportWriter#nav}) is
 * hidden in the static report and shown by {@code sverka.js} when the page came from a server.
 */
public final class SearchPage {
  private SearchPage() {}

  /**
   * What the page was asked for, as given in its address (strings, so that a bad value can be shown
   * back in the form).
   */
  public record Request(
      String q,
      String doc,
      String author,
      String from,
      String to,
      String type,
      int offset,
      int limit) {

    /** The address of this request with one parameter changed (null removes it). */
    String with(String name, String value) {
      Map<String, String> p = params();
      if (value == null) {
        p.remove(name);
      } else {
        p.put(name, value);
      }
      if (!name.equals("offset")) {
        p.remove("offset"); // another filter starts again at the first page
      }
      return href(p);
    }

    /** The address of this request with {@code from} and {@code to} both set. */
    String withDates(String f, String t) {
      Map<String, String> p = params();
      p.remove("from");
      p.remove("to");
      put(p, "from", f);
      put(p, "to", t);
      p.remove("offset");
      return href(p);
    }

    private Map<String, String> params() {
      Map<String, String> p = new LinkedHashMap<>();
      put(p, "q", q);
      put(p, "doc", doc);
      put(p, "author", author);
      put(p, "from", from);
      put(p, "to", to);
      put(p, "type", type);
      if (offset > 0) {
        p.put("offset", Integer.toString(offset));
      }
      return p;
    }

    private static void put(Map<String, String> p, String k, String v) {
      if (v != null && !v.isEmpty()) {
        p.put(k, v);
      }
    }

    private static String href(Map<String, String> p) {
      StringBuilder b = new StringBuilder("search.html");
      char sep = '?';
      for (Map.Entry<String, String> e : p.entrySet()) {
        b.append(sep)
            .append(e.getKey())
            .append('=')
            .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        sep = '&';
      }
      return b.toString();
    }
  }

  /** The static report's page: search needs {@code sverka serve}. */
  public static void writeStatic(Writer w) throws IOException {
    ReportWriter.head(w, "Search \u2014 Sverka", "sverka.css");
    w.write("<header>");
    ReportWriter.nav(w, "", "search.html");
    w.write("<h1>Search</h1></header>\n<main>\n");
    w.write(
        "<p class=\"empty\">Search needs <code>sverka serve</code>: this static report has no"
            + " server to ask. Run <code>sverka serve --case CASE</code> and open the address it"
            + " prints (every page then has a search box), or search on the command line with"
            + " <code>sverka search QUERY --case CASE</code>.</p>\n");
    w.write("</main>\n</body>\n</html>\n");
  }

  /**
   * The served page: the search form, and the results of {@code req} ({@code result}), or the
   * reason there are none ({@code error}: a query or a date that cannot be read). Both null: the
   * form alone.
   */
  public static void write(Writer w, Request req, Searcher.Result result, String error)
      throws IOException {
    String title = req.q() == null || req.q().isBlank() ? "Search" : req.q() + " \u2014 Search";
    ReportWriter.head(w, title + " \u2014 Sverka", "sverka.css");
    w.write("<header>");
    ReportWriter.nav(w, "", "search.html");
    w.write("<h1>Search</h1></header>\n<main class=\"search\">\n");
    form(w, req);
    if (error != null) {
      w.write("<p class=\"error\" id=\"error\">" + Html.esc(error) + "</p>\n");
    }
    if (result == null) {
      if (error == null) {
        w.write(
            "<p class=\"empty\">Words are found in any case and with or without accents; several"
                + " words must all occur; <code>\"quoted words\"</code> are a phrase. A name also"
                + " finds its entity's other spellings.</p>\n");
      }
      w.write("</main>\n</body>\n</html>\n");
      return;
    }
    w.write("<div class=\"results\">\n");
    facets(w, req, result);
    w.write("<section class=\"hits\">\n");
    summary(w, req, result);
    notes(w, result);
    if (result.hits().isEmpty()) {
      w.write(
          "<p class=\"empty\" id=\"nohits\">"
              + (result.total() == 0
                  ? "No sentence matches."
                      + (filtered(req)
                          ? " Some filters are set: remove one (the \u00d7 beside it) to widen"
                              + " the search."
                          : " Try fewer words, or another spelling.")
                  : "No hits on this page.")
              + "</p>\n");
    } else {
      w.write("<ol class=\"hits\" start=\"" + (req.offset() + 1) + "\">\n");
      for (Hit h : result.hits()) {
        hit(w, h);
      }
      w.write("</ol>\n");
      pages(w, req, result);
    }
    w.write("</section>\n</div>\n</main>\n</body>\n</html>\n");
  }

  private static boolean filtered(Request r) {
    return r.doc() != null
        || r.author() != null
        || r.from() != null
        || r.to() != null
        || r.type() != null;
  }

  private static void form(Writer w, Request req) throws IOException {
    w.write("<form class=\"query\" id=\"query\" action=\"search.html\" method=\"get\">");
    w.write(
        "<input type=\"search\" name=\"q\" id=\"q\" aria-label=\"Search\" size=\"40\" value=\""
            + Html.esc(req.q())
            + "\" placeholder=\"Nikolayev, &quot;Hotel Bristol&quot;, person:Kirov\">");
    w.write(
        " <label>from <input name=\"from\" id=\"from\" size=\"10\" placeholder=\"EDTF: 1935\""
            + " value=\""
            + Html.esc(req.from())
            + "\"></label>");
    w.write(
        " <label>to <input name=\"to\" id=\"to\" size=\"10\" placeholder=\"1937-03\" value=\""
            + Html.esc(req.to())
            + "\"></label>");
    hidden(w, "doc", req.doc());
    hidden(w, "author", req.author());
    hidden(w, "type", req.type());
    w.write(" <button type=\"submit\">Search</button>");
    if (filtered(req)) {
      w.write("<p class=\"filters\">Filters: ");
      filter(w, req, "doc", "document", req.doc());
      filter(w, req, "author", "author", req.author());
      if (req.from() != null || req.to() != null) {
        String range =
            (req.from() == null ? "\u2026" : req.from())
                + " \u2013 "
                + (req.to() == null ? "\u2026" : req.to());
        w.write(
            "<span class=\"chip\">date "
                + Html.esc(range)
                + " <a href=\""
                + Html.esc(req.withDates(null, null))
                + "\" title=\"remove\" class=\"x\">\u00d7</a></span> ");
      }
      filter(w, req, "type", "mentions a", req.type());
      w.write("</p>");
    }
    w.write("</form>\n");
  }

  private static void hidden(Writer w, String name, String value) throws IOException {
    if (value != null) {
      w.write("<input type=\"hidden\" name=\"" + name + "\" value=\"" + Html.esc(value) + "\">");
    }
  }

  private static void filter(Writer w, Request req, String name, String label, String value)
      throws IOException {
    if (value == null) {
      return;
    }
    w.write(
        "<span class=\"chip\" data-filter=\""
            + name
            + "\">"
            + Html.esc(label)
            + " "
            + Html.esc(value)
            + " <a href=\""
            + Html.esc(req.with(name, null))
            + "\" title=\"remove\" class=\"x\">\u00d7</a></span> ");
  }

  private static void summary(Writer w, Request req, Searcher.Result r) throws IOException {
    long total = r.total();
    String shown =
        r.hits().isEmpty() || r.hits().size() == total
            ? ""
            : "; showing " + (req.offset() + 1) + "\u2013" + (req.offset() + r.hits().size());
    w.write(
        "<p class=\"total\" id=\"total\">"
            + total
            + " sentence"
            + (total == 1 ? "" : "s")
            + " match"
            + (total == 1 ? "es" : "")
            + shown
            + "</p>\n");
  }

  private static void notes(Writer w, Searcher.Result r) throws IOException {
    if (r.notes().isEmpty()) {
      return;
    }
    w.write("<ul class=\"notes\">");
    for (String n : r.notes()) {
      w.write("<li>Note: " + Html.esc(n) + "</li>");
    }
    w.write("</ul>\n");
  }

  private static void hit(Writer w, Hit h) throws IOException {
    Set<String> vias = new LinkedHashSet<>();
    for (Hit.Match m : h.matches()) {
      vias.add(
          switch (m.via()) {
            case WORD -> "exact";
            case ENTITY -> "entity";
            case SPELLING -> "spelling";
          });
    }
    w.write("<li class=\"hit\" data-via=\"" + String.join(" ", vias) + "\">");
    w.write("<p class=\"cite\">" + ReportWriter.citeLink(h.doc(), h.line(), h.lineEnd()));
    if (h.author() != null) {
      w.write(" \u00b7 " + Html.esc(h.author()));
    }
    if (h.date() != null) {
      w.write(" \u00b7 <span class=\"date\">" + Html.esc(h.date()) + "</span>");
    }
    if (h.part() != null) {
      w.write(" \u00b7 <span class=\"part\">" + Html.esc(h.part()) + "</span>");
    }
    w.write("</p>\n<p class=\"snippet\">" + Snippet.of(h, Snippet.Style.HTML) + "</p>\n");
    w.write("<ul class=\"how\">");
    for (String how : how(h)) {
      w.write(how);
    }
    w.write("</ul></li>\n");
  }

  /** How the hit matched, one item per distinct way: exact words, entity, spelling variant. */
  private static List<String> how(Hit h) {
    Set<String> out = new LinkedHashSet<>();
    Set<String> exact = new LinkedHashSet<>();
    for (Hit.Match m : h.matches()) {
      String text = m.text().replaceAll("\\s+", " ");
      switch (m.via()) {
        case WORD -> exact.add(text);
        case ENTITY ->
            out.add(
                "<li class=\"via entity\"><span class=\"badge\">entity</span> <b>"
                    + Html.esc(text)
                    + "</b> is "
                    + Html.esc(m.entityName() == null ? m.entity() : m.entityName())
                    + " <span class=\"id\">("
                    + Html.esc(m.entity())
                    + ")</span>"
                    + (m.variantOf() == null ? "" : ", asked as " + Html.esc(m.variantOf()))
                    + "</li>");
        case SPELLING ->
            out.add(
                "<li class=\"via spelling\"><span class=\"badge\">spelling variant</span> <b>"
                    + Html.esc(text)
                    + "</b> has the spelling key of "
                    + Html.esc(m.variantOf())
                    + " (not checked to be the same name)</li>");
      }
    }
    List<String> all = new java.util.ArrayList<>();
    if (!exact.isEmpty()) {
      all.add(
          "<li class=\"via exact\"><span class=\"badge\">exact</span> "
              + Html.esc(String.join(", ", exact))
              + "</li>");
    }
    all.addAll(out);
    return all;
  }

  private static void facets(Writer w, Request req, Searcher.Result r) throws IOException {
    Searcher.Facets f = r.facets();
    w.write("<aside class=\"facets\" id=\"facets\">\n");
    if (f != null) {
      facet(w, req, "doc", "Documents", f.docs(), req.doc());
      facet(w, req, "author", "Authors", f.authors(), req.author());
      years(w, req, f.years());
      facet(w, req, "type", "Mentions", f.types(), req.type());
    }
    w.write("</aside>\n");
  }

  private static void facet(
      Writer w, Request req, String name, String title, List<Searcher.Count> counts, String on)
      throws IOException {
    if (counts.isEmpty()) {
      return;
    }
    w.write(
        "<section class=\"facet\" data-facet=\""
            + name
            + "\"><h2>"
            + Html.esc(title)
            + "</h2><ul>");
    for (Searcher.Count c : counts) {
      boolean here = c.value().equals(on);
      w.write(
          "<li"
              + (here ? " class=\"here\"" : "")
              + "><a href=\""
              + Html.esc(here ? req.with(name, null) : req.with(name, c.value()))
              + "\" data-value=\""
              + Html.esc(c.value())
              + "\">"
              + Html.esc(c.value())
              + "</a> <span class=\"n\">"
              + c.count()
              + "</span></li>");
    }
    w.write("</ul></section>\n");
  }

  private static void years(Writer w, Request req, List<Searcher.Count> counts) throws IOException {
    if (counts.isEmpty()) {
      return;
    }
    w.write("<section class=\"facet\" data-facet=\"year\"><h2>Years</h2><ul>");
    for (Searcher.Count c : counts) {
      boolean here = c.value().equals(req.from()) && c.value().equals(req.to());
      w.write(
          "<li"
              + (here ? " class=\"here\"" : "")
              + "><a href=\""
              + Html.esc(here ? req.withDates(null, null) : req.withDates(c.value(), c.value()))
              + "\" data-value=\""
              + Html.esc(c.value())
              + "\">"
              + Html.esc(c.value())
              + "</a> <span class=\"n\">"
              + c.count()
              + "</span></li>");
    }
    w.write("</ul></section>\n");
  }

  private static void pages(Writer w, Request req, Searcher.Result r) throws IOException {
    int limit = Math.max(1, req.limit());
    long pages = (r.total() + limit - 1) / limit;
    if (pages <= 1) {
      return;
    }
    int current = req.offset() / limit;
    w.write("<nav class=\"pages\" aria-label=\"pages\">");
    if (current > 0) {
      w.write(
          "<a rel=\"prev\" href=\""
              + Html.esc(req.with("offset", Integer.toString((current - 1) * limit)))
              + "\">\u2190 previous</a>");
    }
    long first = Math.max(0, current - 4);
    long last = Math.min(pages - 1, first + 9);
    for (long p = first; p <= last; p++) {
      if (p == current) {
        w.write("<span class=\"here\">" + (p + 1) + "</span>");
      } else {
        w.write(
            "<a href=\""
                + Html.esc(req.with("offset", Long.toString(p * limit)))
                + "\">"
                + (p + 1)
                + "</a>");
      }
    }
    if (current < pages - 1) {
      w.write(
          "<a rel=\"next\" href=\""
              + Html.esc(req.with("offset", Integer.toString((current + 1) * limit)))
              + "\">next \u2192</a>");
    }
    w.write("</nav>\n");
  }
}
