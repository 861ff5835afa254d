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

  /**
   * A filter that is set, with the address that removes it; {@code name} is its parameter, null for
   * the date range (two parameters).
   */
  public record Chip(String name, String label, String value, String remove) {}

  /** A facet's value: how many hits have it, whether it is the filter set, where it leads. */
  public record FacetValue(String value, long count, boolean here, String href) {}

  /** A facet with its values, in {@code data-facet} {@code name}. */
  public record Facet(String name, String title, List<FacetValue> values) {}

  /**
   * A way a hit matched: {@code via} exact (the words, joined), entity ({@code text} is {@code
   * name}, id {@code entity}, perhaps {@code askedAs}) or spelling ({@code text} has the spelling
   * key of {@code askedAs}).
   */
  public record How(String via, String text, String name, String entity, String askedAs) {}

  /** A hit as listed: its ways of matching ({@code data-via}), snippet and how it matched. */
  public record HitView(Hit hit, String vias, List<How> how) {}

  /** A page number in the page list; {@code href} null for the page shown. */
  public record PageLink(long number, String href) {}

  /**
   * The page list: previous, numbered pages, next ({@code prev}, {@code next} null at the ends).
   */
  public record Pager(String prev, List<PageLink> pages, String next) {}

  /**
   * The served page as its template ({@code search/page.jte}) takes it: {@code result} null for the
   * form alone (with the help text unless there is an {@code error}).
   */
  public record View(
      String title,
      Request req,
      List<Chip> chips,
      String error,
      Searcher.Result result,
      List<Facet> facets,
      String total,
      String noHits,
      List<HitView> hits,
      Pager pager) {}

  /** The static report's page: search needs {@code sverka serve}. */
  public static void writeStatic(Writer w) throws IOException {
    ReportTemplates.render(w, "search/static.jte");
  }

  /**
   * The served page: the search form, and the results of {@code req} ({@code result}), or the
   * reason there are none ({@code error}: a query or a date that cannot be read). Both null: the
   * form alone.
   */
  public static void write(Writer w, Request req, Searcher.Result result, String error)
      throws IOException {
    String title = req.q() == null || req.q().isBlank() ? "Search" : req.q() + " \u2014 Search";
    boolean some = result != null;
    View view =
        new View(
            title,
            req,
            chips(req),
            error,
            result,
            some ? facets(req, result) : List.of(),
            some ? total(req, result) : null,
            some ? noHits(req, result) : null,
            some ? result.hits().stream().map(SearchPage::hit).toList() : List.of(),
            some ? pager(req, result) : null);
    ReportTemplates.render(w, "search/page.jte", view);
  }

  private static boolean filtered(Request r) {
    return r.doc() != null
        || r.author() != null
        || r.from() != null
        || r.to() != null
        || r.type() != null;
  }

  /** The filters set, as the form shows them (none: no filter is set). */
  private static List<Chip> chips(Request req) {
    List<Chip> out = new java.util.ArrayList<>();
    chip(out, req, "doc", "document", req.doc());
    chip(out, req, "author", "author", req.author());
    if (req.from() != null || req.to() != null) {
      out.add(new Chip(null, "date", dates(req), req.withDates(null, null)));
    }
    chip(out, req, "type", "mentions a", req.type());
    return out;
  }

  private static void chip(List<Chip> out, Request req, String name, String label, String value) {
    if (value != null) {
      out.add(new Chip(name, label, value, req.with(name, null)));
    }
  }

  /** The date range filter as shown. */
  private static String dates(Request req) {
    return (req.from() == null ? "\u2026" : req.from())
        + " \u2013 "
        + (req.to() == null ? "\u2026" : req.to());
  }

  private static String total(Request req, Searcher.Result r) {
    long total = r.total();
    String shown =
        r.hits().isEmpty() || r.hits().size() == total
            ? ""
            : "; showing " + (req.offset() + 1) + "\u2013" + (req.offset() + r.hits().size());
    return total
        + " sentence"
        + (total == 1 ? "" : "s")
        + " match"
        + (total == 1 ? "es" : "")
        + shown;
  }

  private static String noHits(Request req, Searcher.Result r) {
    if (r.total() != 0) {
      return "No hits on this page.";
    }
    return "No sentence matches."
        + (filtered(req)
            ? " Some filters are set: remove one (the \u00d7 beside it) to widen the search."
            : " Try fewer words, or another spelling.");
  }

  private static HitView hit(Hit h) {
    Set<String> vias = new LinkedHashSet<>();
    for (Hit.Match m : h.matches()) {
      vias.add(
          switch (m.via()) {
            case WORD -> "exact";
            case ENTITY -> "entity";
            case SPELLING -> "spelling";
          });
    }
    return new HitView(h, String.join(" ", vias), how(h));
  }

  /** How the hit matched, one item per distinct way: exact words, entity, spelling variant. */
  private static List<How> how(Hit h) {
    Set<How> out = new LinkedHashSet<>();
    Set<String> exact = new LinkedHashSet<>();
    for (Hit.Match m : h.matches()) {
      String text = m.text().replaceAll("\\s+", " ");
      switch (m.via()) {
        case WORD -> exact.add(text);
        case ENTITY ->
            out.add(
                new How(
                    "entity",
                    text,
                    m.entityName() == null ? m.entity() : m.entityName(),
                    m.entity(),
                    m.variantOf()));
        case SPELLING -> out.add(new How("spelling", text, null, null, m.variantOf()));
      }
    }
    List<How> all = new java.util.ArrayList<>();
    if (!exact.isEmpty()) {
      all.add(new How("exact", String.join(", ", exact), null, null, null));
    }
    all.addAll(out);
    return all;
  }

  private static List<Facet> facets(Request req, Searcher.Result r) {
    Searcher.Facets f = r.facets();
    if (f == null) {
      return List.of();
    }
    List<Facet> out = new java.util.ArrayList<>();
    facet(out, req, "doc", "Documents", f.docs(), req.doc());
    facet(out, req, "author", "Authors", f.authors(), req.author());
    years(out, req, f.years());
    facet(out, req, "type", "Mentions", f.types(), req.type());
    return out;
  }

  private static void facet(
      List<Facet> out,
      Request req,
      String name,
      String title,
      List<Searcher.Count> counts,
      String on) {
    if (counts.isEmpty()) {
      return;
    }
    List<FacetValue> values = new java.util.ArrayList<>();
    for (Searcher.Count c : counts) {
      boolean here = c.value().equals(on);
      values.add(
          new FacetValue(
              c.value(), c.count(), here, here ? req.with(name, null) : req.with(name, c.value())));
    }
    out.add(new Facet(name, title, values));
  }

  private static void years(List<Facet> out, Request req, List<Searcher.Count> counts) {
    if (counts.isEmpty()) {
      return;
    }
    List<FacetValue> values = new java.util.ArrayList<>();
    for (Searcher.Count c : counts) {
      boolean here = c.value().equals(req.from()) && c.value().equals(req.to());
      values.add(
          new FacetValue(
              c.value(),
              c.count(),
              here,
              here ? req.withDates(null, null) : req.withDates(c.value(), c.value())));
    }
    out.add(new Facet("year", "Years", values));
  }

  /** The page list, or null when the hits fit on one page. */
  private static Pager pager(Request req, Searcher.Result r) {
    int limit = Math.max(1, req.limit());
    long pages = (r.total() + limit - 1) / limit;
    if (pages <= 1) {
      return null;
    }
    int current = req.offset() / limit;
    List<PageLink> links = new java.util.ArrayList<>();
    long first = Math.max(0, current - 4);
    long last = Math.min(pages - 1, first + 9);
    for (long p = first; p <= last; p++) {
      links.add(
          new PageLink(p + 1, p == current ? null : req.with("offset", Long.toString(p * limit))));
    }
    return new Pager(
        current > 0 ? req.with("offset", Integer.toString((current - 1) * limit)) : null,
        links,
        current < pages - 1 ? req.with("offset", Integer.toString((current + 1) * limit)) : null);
  }
}
