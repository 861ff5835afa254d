package org.sverka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TEI export opens in a real tool: {@code sverka export --format tei} on the demo case, one
 * document transformed to HTML by Saxon-HE with {@code docs/tei/tei-to-html.xsl}, and the page read
 * and photographed in Debian's headless Chromium ({@code docs/screenshots/tei-export.png} when
 * {@code sverka.screenshots} names that folder). Skipped with one line without Chromium, unless
 * {@code -Dsverka.require.browser=true}.
 */
class ExportBrowserIT {
  static final String DOC = "trotsky-reply-1928";
  static final String FILE = "trotsky-reply-to-stalin-1928.txt";

  @TempDir Path tmp;

  @Test
  void theTeiOfADocumentRendersWithSaxonAndReadsInChromiumAsTheOriginalText() throws Exception {
    OutsidePrograms.require(ExportBrowserIT.class, ServeBrowserIT.CHROMIUM, "chromium", "browser");
    Path corpus = DemoCommand.extractCorpus(tmp.resolve("corpus"));
    Path caseDir = tmp.resolve("case");
    Cli.Run analyzed = Cli.run("analyze", corpus.toString(), "--case", caseDir.toString());
    assertThat(analyzed.code()).as(analyzed.err()).isZero();
    Path out = tmp.resolve("tei");
    Cli.Run exported =
        Cli.run("export", "--case", caseDir.toString(), "--format", "tei", "--out", out.toString());
    assertThat(exported.code()).as(exported.err()).isZero();
    assertThat(exported.out()).contains(DOC + ".xml").contains("5 files (tei)");

    Path html = tmp.resolve(DOC + ".html");
    Processor saxon = new Processor(false);
    Xslt30Transformer xslt =
        saxon.newXsltCompiler().compile(new StreamSource(stylesheet().toFile())).load30();
    xslt.transform(
        new StreamSource(out.resolve(DOC + ".xml").toFile()), saxon.newSerializer(html.toFile()));

    try (Playwright playwright =
            Playwright.create(
                new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        BrowserContext browser =
            playwright
                .chromium()
                .launchPersistentContext(
                    Files.createDirectory(tmp.resolve("profile")),
                    new BrowserType.LaunchPersistentContextOptions()
                        .setExecutablePath(ServeBrowserIT.CHROMIUM)
                        .setHeadless(true)
                        .setViewportSize(1200, 900)
                        .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu")))) {
      Page page = browser.newPage();
      page.navigate(html.toUri().toString());
      assertThat(page.title()).isEqualTo("Reply to Stalin");
      String text = (String) page.evaluate("document.querySelector('.text').textContent");
      assertThat(text).isEqualTo(Files.readString(corpus.resolve(FILE)));
      assertThat(page.locator(".ln").count())
          .isEqualTo(org.sverka.text.LineMap.of(text).lineCount());
      assertThat(page.locator("a.persName").count()).isPositive();
      assertThat(page.locator("time.date").count()).isPositive();
      assertThat(page.locator("#ent-person_trotsky").textContent()).contains("Q33391");
      page.locator("#L20").scrollIntoViewIfNeeded();
      ServeBrowserIT.screenshot(page, "tei-export.png");
    }
  }

  private static Path stylesheet() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path xsl = p.resolve("docs/tei/tei-to-html.xsl");
      if (Files.isRegularFile(xsl)) {
        return xsl;
      }
    }
    throw new IllegalStateException(
        "docs/tei/tei-to-html.xsl not found above the working directory");
  }
}
