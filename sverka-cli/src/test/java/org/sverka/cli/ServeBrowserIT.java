package org.sverka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sverka serve} in a real headless Chromium (Debian's /usr/bin/chromium, driven by
 * Playwright; no browser is downloaded): the demo corpus plus a hostile file, served by the command
 * as a user starts it. Takes the screenshots in docs/screenshots/ when {@code sverka.screenshots}
 * names that folder (the build does). Without Chromium the class is skipped with one line naming
 * the package, unless {@code -Dsverka.require.browser=true} ({@code .ci/run}) makes it required.
 */
class ServeBrowserIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final String HOSTILE =
      "A hostile file\n\n"
          + "Its text tries <script>window.__pwned = 1; document.title = 'pwned';</script> and"
          + " <img src=\"x\" onerror=\"window.__pwned = 2\"> in a corpus file.\n";

  @TempDir static Path tmp;
  static Process serve;
  static Path report;
  static Path claims;
  static String claimsBefore;
  static String base;
  static Playwright playwright;
  static BrowserContext browser;
  Page page;
  final List<String> console = new ArrayList<>();

  @BeforeAll
  static void serveTheDemoCase() throws Exception {
    OutsidePrograms.require(ServeBrowserIT.class, CHROMIUM, "chromium", "browser");
    Path corpus = DemoCommand.extractCorpus(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("hostile.txt"), HOSTILE);
    // the claims editor writes the temporary copy of the demo's claims file, never examples/
    claims = corpus.resolve("claims.yaml");
    claimsBefore = Files.readString(claims);
    Path caseDir = tmp.resolve("case");
    Cli.Run analyzed = Cli.run("analyze", corpus.toString(), "--case", caseDir.toString());
    assertThat(analyzed.code()).as(analyzed.err()).isZero();
    report = caseDir.resolve("report");
    Cli.Run written = Cli.run("report", "--case", caseDir.toString());
    assertThat(written.code()).as(written.err()).isZero();

    serve =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp",
                Subprocess.classpath(),
                Main.class.getName(),
                "serve",
                "--case",
                caseDir.toString(),
                "--port",
                "0",
                "--claims",
                claims.toString())
            .redirectErrorStream(true)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
    Pattern url = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      Matcher m = url.matcher(line);
      if (m.find()) {
        base = m.group(1);
        break;
      }
    }
    assertThat(base).as("sverka serve printed its address").isNotNull();

    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launchPersistentContext(
                Files.createDirectory(tmp.resolve("profile")),
                new BrowserType.LaunchPersistentContextOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setViewportSize(1400, 900)
                    .setArgs(
                        List.of(
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync")));
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
    if (serve != null) {
      serve.destroy();
      serve.waitFor(20, TimeUnit.SECONDS);
    }
  }

  @BeforeEach
  void newPage() {
    page = browser.newPage();
    page.onConsoleMessage(m -> console.add(m.type() + ": " + m.text()));
    page.onPageError(e -> console.add("pageerror: " + e));
  }

  @AfterEach
  void closePage() {
    page.close();
    // a Content-Security-Policy violation or a script error shows here
    assertThat(console).isEmpty();
  }

  static void screenshot(Page p, String name) throws Exception {
    String dir = System.getProperty("sverka.screenshots");
    if (dir != null) {
      Files.createDirectories(Path.of(dir));
      p.screenshot(new Page.ScreenshotOptions().setPath(Path.of(dir, name)));
    }
  }

  @Test
  void theOverviewShowsTheCaseAndItsFindings() throws Exception {
    page.navigate(base);
    assertThat(page.url()).isEqualTo(base + "index.html");
    assertThat(page.title()).isEqualTo("Sverka report");
    assertThat(page.locator("section.overview").innerText())
        .contains("6 documents")
        .contains("reuse passages")
        .contains("Quotations that changed their source");
    screenshot(page, "overview.png");
    page.locator("nav a", new Page.LocatorOptions().setHasText("Entities")).click();
    page.waitForLoadState();
    // the entity index, rendered by the report's own page code
    assertThat(page.url()).isEqualTo(base + "entities.html");
    assertThat(page.locator("h1").innerText()).contains("Entities");
    assertThat(page.locator("body").innerText()).contains("Kirov").contains("Zinoviev");
  }

  @Test
  void aDocumentOpensWithNumberedLinesAndItsFindingsInTheMargin() throws Exception {
    page.navigate(base);
    page.locator("table.docs a", new Page.LocatorOptions().setHasText("Thirteenth Session"))
        .click();
    page.waitForLoadState();
    assertThat(page.url()).isEqualTo(base + "doc/trotsky-dewey-13.html");
    assertThat(page.locator("#L307 .t").innerText()).contains("Hotel Bristol");
    assertThat(page.locator("#L63 a.hl.r").count()).isPositive();
    assertThat(page.locator("#L63 .m a.note").allInnerTexts())
        .anySatisfy(t -> assertThat(t).contains("trotsky-kirov-1935:161-163"));
    page.locator("#L63").scrollIntoViewIfNeeded();
    page.evaluate("window.scrollBy(0, -200)");
    screenshot(page, "document.png");

    // a line range selected with a click and a shift-click gives its citation
    page.locator("#L60 a.ln").click();
    page.locator("#L62 a.ln")
        .click(
            new Locator.ClickOptions()
                .setModifiers(List.of(com.microsoft.playwright.options.KeyboardModifier.SHIFT)));
    assertThat(page.url()).endsWith("#L60-62");
    page.waitForFunction("() => document.querySelectorAll('.l.sel').length === 3");
    assertThat(page.locator("#cite").innerText()).isEqualTo("trotsky-dewey-13:60-62");
    assertThat(page.locator(".l.sel").count()).isEqualTo(3);
  }

  @Test
  void aCitationLeadsToItsLinesMarkedAndInView() throws Exception {
    page.navigate(base + "reuse.html");
    page.locator("#P74 .side .cite a").first().click();
    page.waitForLoadState();
    assertThat(page.url()).isEqualTo(base + "doc/trotsky-kirov-1935.html#L161-163");
    for (int l = 161; l <= 163; l++) {
      assertThat(page.locator("#L" + l).getAttribute("class")).as("line " + l).contains("sel");
    }
    assertThat(page.locator("#L160").getAttribute("class")).doesNotContain("sel");
    assertThat(page.locator("#L164").getAttribute("class")).doesNotContain("sel");
    var box = page.locator("#L161").boundingBox();
    assertThat(box.y).isBetween(0.0, 900.0);
    assertThat(page.locator("#cite").innerText()).isEqualTo("trotsky-kirov-1935:161-163");
    screenshot(page, "citation.png");
  }

  @Test
  void aReusePassageShowsBothSidesInParallel() throws Exception {
    page.navigate(base + "doc/trotsky-dewey-13.html");
    page.locator("#L63 .m a.note.r").first().click();
    page.waitForLoadState();
    assertThat(page.url()).isEqualTo(base + "reuse.html#P74");
    Locator passage = page.locator("#P74");
    Locator sides = passage.locator(".side");
    assertThat(sides.count()).isEqualTo(2);
    assertThat(sides.nth(0).locator(".cite").innerText()).isEqualTo("trotsky-kirov-1935:161-163");
    assertThat(sides.nth(1).locator(".cite").innerText()).isEqualTo("trotsky-dewey-13:63");
    assertThat(sides.nth(0).locator(".chg, .spell").count()).isPositive();
    assertThat(sides.nth(1).locator(".add").allInnerTexts())
        .anySatisfy(t -> assertThat(t).contains("a pinch of powder and a slug of lead"));
    var a = sides.nth(0).boundingBox();
    var b = sides.nth(1).boundingBox();
    assertThat(b.x).isGreaterThan(a.x + a.width - 1); // side by side
    assertThat(Math.abs(a.y - b.y)).isLessThan(2.0);
    screenshot(page, "reuse.png");
  }

  @Test
  void quotationsShowTheirVerdictsAndTheFilterWorks() throws Exception {
    page.navigate(base + "doc/trotsky-dewey-13.html");
    Locator note =
        page.locator("#L63 .m a.note.q", new Page.LocatorOptions().setHasText("ABRIDGED_UNMARKED"));
    String label = note.first().innerText();
    note.first().click();
    page.waitForLoadState();
    String id = label.replaceAll("^\\D*#(\\d+).*$", "$1");
    assertThat(page.url()).isEqualTo(base + "quotes.html#Q" + id);
    Locator q = page.locator("#Q" + id);
    q.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
    assertThat(q.isVisible()).isTrue();
    assertThat(q.locator(".verdict").allInnerTexts()).contains("ABRIDGED_UNMARKED");
    assertThat(q.locator(".explain").innerText()).isNotBlank();
    screenshot(page, "quotes.png");

    int shown = page.locator("section.quote:visible").count();
    page.locator("input[value=NOT_FOUND]").check();
    assertThat(page.locator("section.quote:visible").count()).isGreaterThan(shown);
    page.locator("input[value=VERBATIM]").uncheck();
    assertThat(page.locator("section.quote[data-verdicts=VERBATIM]:visible").count()).isZero();
  }

  @Test
  void theStaticReportBehavesTheSameFromFile() throws Exception {
    // the same pages and script, opened from file:// with no server
    String doc = report.resolve("doc/trotsky-kirov-1935.html").toUri() + "#L161-163";
    page.navigate(doc);
    for (int l = 161; l <= 163; l++) {
      assertThat(page.locator("#L" + l).getAttribute("class")).as("line " + l).contains("sel");
    }
    assertThat(page.locator("#cite").innerText()).isEqualTo("trotsky-kirov-1935:161-163");
    page.locator("#L167 .m a.note.r").first().click();
    page.waitForLoadState();
    assertThat(page.url()).endsWith("/reuse.html#P75");
    assertThat(page.locator("#P75 .side").count()).isEqualTo(2);
    page.navigate(report.resolve("doc/hostile.html").toUri().toString());
    assertThat(page.evaluate("() => typeof window.__pwned")).isEqualTo("undefined");
    assertThat(page.locator("#L3 .t").innerText()).contains("<script>window.__pwned = 1;");
  }

  @Test
  void aScriptInACorpusFileIsShownAsTextAndDoesNotRun() throws Exception {
    page.navigate(base + "doc/hostile.html");
    assertThat(page.title()).isEqualTo("A hostile file — Sverka");
    assertThat(page.evaluate("() => typeof window.__pwned")).isEqualTo("undefined");
    assertThat(page.locator("#L3 .t").innerText())
        .contains("<script>window.__pwned = 1; document.title = 'pwned';</script>")
        .contains("<img src=\"x\" onerror=\"window.__pwned = 2\">");
    assertThat(page.locator("main img").count()).isZero();
    assertThat(page.locator("main script").count()).isZero();
    // its quotation is escaped on the quotations page too
    page.navigate(base + "quotes.html");
    page.locator("input[value=NOT_FOUND]").check();
    assertThat(page.evaluate("() => typeof window.__pwned")).isEqualTo("undefined");
    assertThat(page.title()).isEqualTo("Quotations — Sverka");
  }

  @Test
  void namesAndDatesInADocumentLeadToTheirEntityAndTheTimeline() throws Exception {
    page.navigate(base + "doc/trotsky-dewey-13.html#L285");
    // a spelling in the text leads to the entity, whose page draws who is named with it
    Locator copenhagen =
        page.locator("#L285 a.hl.e.t-place", new Page.LocatorOptions().setHasText("Copenhagen"));
    assertThat(copenhagen.getAttribute("title")).isEqualTo("Copenhagen (place)");
    page.locator("#L285").scrollIntoViewIfNeeded();
    screenshot(page, "document-names.png");
    copenhagen.click();
    page.waitForURL(base + "entity/place_copenhagen.html");
    page.locator("svg.graph").waitFor();
    assertThat(page.locator("svg.graph circle.self").count()).isEqualTo(1);
    Locator holtzman =
        page.locator("svg.graph a", new Page.LocatorOptions().setHasText("Holtzman"));
    assertThat(holtzman.count()).isEqualTo(1);
    page.locator("svg.graph").scrollIntoViewIfNeeded();
    screenshot(page, "entity-graph.png");
    holtzman.click();
    page.waitForURL(base + "entity/person_holtzman.html");
    assertThat(page.locator("h1").innerText()).contains("Holtzman");

    // a date leads to its row of the timeline
    page.navigate(base + "doc/trotsky-dewey-13.html#L307");
    page.locator("#L307 a.hl.d", new Page.LocatorOptions().setHasText("September 1st, 1936"))
        .click();
    page.waitForURL(java.util.regex.Pattern.compile(".*timeline\\.html#D\\d+"));
    assertThat(page.url())
        .matches(java.util.regex.Pattern.quote(base + "timeline.html#D") + "\\d+");
    String row = page.url().substring(page.url().indexOf('#'));
    assertThat(page.locator("tr" + row + " td.v").innerText()).isEqualTo("1936-09-01");

    // the checkboxes hide a kind of highlight and bring it back
    page.navigate(base + "doc/trotsky-dewey-13.html#L307");
    Locator mark = page.locator("#L307 a.hl.d").first();
    String shaded = (String) mark.evaluate("e => getComputedStyle(e).backgroundColor");
    page.locator("#layers input[value=d]").uncheck();
    assertThat(mark.evaluate("e => getComputedStyle(e).backgroundColor")).isNotEqualTo(shaded);
    assertThat(page.locator("#L307 .m a.note.d").first().isVisible()).isFalse();
    page.locator("#layers input[value=d]").check();
    assertThat(mark.evaluate("e => getComputedStyle(e).backgroundColor")).isEqualTo(shaded);
  }

  @Test
  void aClaimMadeFromASelectedLineGivesAFindingCitingThatLine() throws Exception {
    page.navigate(base + "doc/trotsky-dewey-13.html");
    assertThat(page.locator("#new-claim").isHidden()).isTrue();
    page.locator("#L313 a.ln").click();
    assertThat(page.url()).endsWith("#L313");
    page.locator("#new-claim").click();
    Locator form = page.locator("#claim-form");
    form.waitFor();
    // prefilled from the selection and the document: the cite, the cited text, who said it
    assertThat(form.locator("input[name=cite]").inputValue()).isEqualTo("trotsky-dewey-13:313");
    assertThat(form.locator("blockquote.cited").innerText()).contains("In November, 1932");
    assertThat(form.locator("input[name=saidBy]").inputValue()).isEqualTo("trotsky");
    assertThat(form.locator("input[name=saidOn]").getAttribute("placeholder"))
        .contains("1937-04-17");
    // the places and people are the file's own
    assertThat(form.locator("select[name=where] option").allInnerTexts())
        .anySatisfy(t -> assertThat(t).startsWith("Hotel Bristol"))
        .anySatisfy(t -> assertThat(t).startsWith("Paris"));
    form.locator("input[name=id]").fill("holtzman-in-paris");
    form.locator("input[name=who][value=holtzman]").check();
    form.locator("select[name=where]").selectOption("paris");
    form.locator("input[name=when]").fill("1932-11");
    form.locator("input[name=throughout]").check();
    form.locator("input[name=note]").fill("Holtzman in Paris all November 1932 (a test claim)");
    page.evaluate("document.getElementById('claim-editor').scrollTop = 0");
    screenshot(page, "claims-editor.png");
    form.locator("button.save").click();
    Locator saved = page.locator("#claim-saved");
    saved.waitFor();
    assertThat(saved.innerText())
        .contains("Saved claim holtzman-in-paris")
        .contains("PRESENCE_CONFLICT");

    // the file: the new claim appended, everything before it byte for byte, a backup kept
    String after = Files.readString(claims);
    assertThat(after).startsWith(claimsBefore);
    assertThat(after.substring(claimsBefore.length()))
        .isEqualTo(
            "\n  - id: holtzman-in-paris\n    cite: \"trotsky-dewey-13:313\"\n    said_by: trotsky\n"
                + "    who: [holtzman]\n    where: paris\n    when: 1932-11\n    throughout: true\n"
                + "    note: Holtzman in Paris all November 1932 (a test claim)\n");
    assertThat(Files.readString(claims.resolveSibling("claims.yaml.bak.1")))
        .isEqualTo(claimsBefore);

    // the findings page, checked anew, has the conflict with Holtzman's Hotel Bristol
    saved.locator("a.to-findings").click();
    page.waitForLoadState();
    assertThat(page.url()).isEqualTo(base + "findings.html");
    Locator finding =
        page.locator(
            "section.finding",
            new Page.LocatorOptions().setHasText("holtzman-at-bristol, holtzman-in-paris"));
    assertThat(finding.count()).isEqualTo(1);
    assertThat(finding.locator(".verdict").allInnerTexts())
        .contains("DEFINITE", "PRESENCE_CONFLICT");
    assertThat(finding.locator(".cite a").allInnerTexts()).contains("trotsky-dewey-13:313");
    finding
        .locator(".cite a", new Locator.LocatorOptions().setHasText("trotsky-dewey-13:313"))
        .click();
    page.waitForLoadState();
    assertThat(page.url()).isEqualTo(base + "doc/trotsky-dewey-13.html#L313");

    // the claims page lists it; an edit there rewrites only the changed line
    page.navigate(base + "claims.html");
    Locator row = page.locator("#C-holtzman-in-paris");
    assertThat(row.innerText()).contains("E. S. Holtzman at Paris throughout 1932-11");
    row.locator("button.edit").click();
    Locator edit = page.locator("#claim-form");
    edit.waitFor();
    assertThat(edit.locator("h2").innerText()).isEqualTo("Edit claim holtzman-in-paris");
    assertThat(edit.locator("select[name=where]").inputValue()).isEqualTo("paris");
    assertThat(edit.locator("input[name=who][value=holtzman]").isChecked()).isTrue();
    edit.locator("input[name=when]").fill("1932-11-20/1932-11-30");
    edit.locator("button.save").click();
    page.waitForFunction(
        "() => !document.getElementById('claim-editor')"
            + " && document.getElementById('C-holtzman-in-paris').textContent"
            + ".includes('1932-11-20/1932-11-30')");
    String edited =
        claimsBefore
            + after
                .substring(claimsBefore.length())
                .replace("    when: 1932-11\n", "    when: 1932-11-20/1932-11-30\n");
    assertThat(Files.readString(claims)).isEqualTo(edited);

    // deleting it there puts the file back as it was
    row.locator("button.delete").click();
    assertThat(row.locator("button.delete").innerText()).isEqualTo("Delete holtzman-in-paris?");
    row.locator("button.delete").click();
    page.waitForFunction("() => !document.getElementById('C-holtzman-in-paris')");
    assertThat(Files.readString(claims)).isEqualTo(claimsBefore);
    assertThat(Files.readString(claims.resolveSibling("claims.yaml.bak.2"))).isEqualTo(after);
    assertThat(Files.readString(claims.resolveSibling("claims.yaml.bak.3"))).isEqualTo(edited);
  }

  @Test
  void searchFindsANameInAnotherSpellingAndItsFacetsFilterTheHits() throws Exception {
    page.navigate(base + "index.html");
    // the header's search box, on every served page
    Locator box = page.locator("header form.search input[name=q]");
    box.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
    box.fill("Nikolayev");
    box.press("Enter");
    page.waitForLoadState();
    assertThat(page.url()).isEqualTo(base + "search.html?q=Nikolayev");
    assertThat(page.title()).isEqualTo("Nikolayev — Search — Sverka");

    // the 1935 pamphlet spells him Nicolaiev: found through the entity, marked, explained
    Locator nicolaiev =
        page.locator(
            "li.hit",
            new Page.LocatorOptions()
                .setHas(page.locator("mark", new Page.LocatorOptions().setHasText("Nicolaiev"))));
    assertThat(nicolaiev.count()).isPositive();
    Locator first = nicolaiev.first();
    assertThat(first.locator(".cite a").innerText()).startsWith("trotsky-kirov-1935:");
    assertThat(first.locator(".via.entity").innerText())
        .contains("Nicolaiev")
        .contains("Leonid Nikolayev")
        .contains("asked as Nikolayev");
    assertThat(page.locator("li.hit .via.exact").first().innerText()).contains("Nikolayev");
    String all = page.locator("#total").innerText();
    assertThat(all).matches("\\d+ sentences match; showing 1–20");

    // a document facet: its count is the new total, and every hit is in that document
    Locator facet = page.locator("[data-facet=doc] a[data-value=trotsky-kirov-1935]");
    String count = facet.locator("xpath=..").locator(".n").innerText();
    facet.click();
    page.waitForLoadState();
    assertThat(page.url()).contains("doc=trotsky-kirov-1935");
    assertThat(page.locator("#total").innerText()).startsWith(count + " sentences match");
    assertThat(page.locator("#total").innerText()).isNotEqualTo(all);
    assertThat(page.locator("li.hit .cite a").allInnerTexts())
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t).startsWith("trotsky-kirov-1935:"));
    assertThat(page.locator(".chip[data-filter=doc]").innerText()).contains("trotsky-kirov-1935");
    // the pamphlet's own spelling, found through the entity: the README's screenshot
    screenshot(page, "search.png");

    // a date range: the counts follow
    page.locator("#from").fill("1935");
    page.locator("#to").fill("1935");
    page.locator("#to").press("Enter");
    page.waitForLoadState();
    assertThat(page.url()).contains("from=1935").contains("to=1935");
    String year =
        page.locator("[data-facet=year] a[data-value='1935']")
            .locator("xpath=..")
            .locator(".n")
            .innerText();
    assertThat(page.locator("#total").innerText()).startsWith(year + " sentence");

    // a hit leads to its line in the document, marked
    Locator link = page.locator("li.hit .cite a").first();
    String cite = link.innerText();
    link.click();
    page.waitForLoadState();
    String line = cite.replaceAll("^.*:(\\d+).*$", "$1");
    assertThat(page.url()).isEqualTo(base + "doc/trotsky-kirov-1935.html#L" + line);
    assertThat(page.locator("#L" + line).getAttribute("class")).contains("sel");
    assertThat(page.locator("#L" + line + " .t").innerText()).contains("Nicolaiev");
    assertThat(page.locator("#cite").innerText()).isEqualTo("trotsky-kirov-1935:" + line);
  }

  @Test
  void searchSaysWhyNothingMatchedAndTheStaticReportHasNoSearchBox() throws Exception {
    page.navigate(base + "search.html?q=person%3AGaribaldi");
    assertThat(page.locator("#nohits").innerText()).contains("No sentence matches");
    assertThat(page.locator("ul.notes").innerText()).contains("person:Garibaldi names no person");
    page.navigate(base + "search.html?q=terror&from=1927-13");
    assertThat(page.locator("#error").innerText()).contains("YYYY, YYYY-MM or YYYY-MM-DD");
    assertThat(page.locator("#from").inputValue()).isEqualTo("1927-13");
    // from file:// there is no server to ask: no box, and the search page says so
    page.navigate(report.resolve("index.html").toUri().toString());
    assertThat(page.locator("header form.search").isHidden()).isTrue();
    page.navigate(report.resolve("search.html").toUri().toString());
    assertThat(page.locator("main").innerText()).contains("Search needs sverka serve");
  }
}
