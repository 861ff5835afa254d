package org.sverka.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the main code of every module, read from the sources with JavaParser: no method or
 * constructor over 80 lines (from its name to its closing brace), and no HTML or SVG markup in a
 * Java string literal (markup lives in sverka-present's templates).
 */
class SourceShapeTest {
  static final int MAX_LINES = 80;

  /** An opening or closing HTML or SVG tag, or a doctype; not a regex's named group "(?<name>". */
  static final Pattern MARKUP =
      Pattern.compile(
          "(?<![?(])<\\s*/?\\s*(html|head|body|main|nav|header|footer|section|article|aside|div"
              + "|span|p|a|ul|ol|li|table|thead|tbody|tfoot|tr|td|th|h[1-6]|form|input|button"
              + "|select|option|label|textarea|script|style|link|meta|title|svg|g|rect|circle"
              + "|line|path|text|polyline|polygon|mark|em|strong|b|i|code|pre|br|hr|img|details"
              + "|summary|dl|dt|dd|small|sup|sub|abbr|time|figure|figcaption|caption|blockquote"
              + "|q|cite|iframe|template|noscript)(\\s|>|/)|<!DOCTYPE",
          Pattern.CASE_INSENSITIVE);

  static final List<Path> SOURCES = new ArrayList<>();

  @BeforeAll
  static void findSources() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    while (root != null && !Files.isDirectory(root.resolve("sverka-core"))) {
      root = root.getParent();
    }
    assertThat(root).as("the checkout's root (holding sverka-core)").isNotNull();
    try (Stream<Path> modules = Files.list(root)) {
      for (Path module :
          modules.filter(p -> p.getFileName().toString().startsWith("sverka-")).sorted().toList()) {
        Path main = module.resolve("src/main/java");
        if (Files.isDirectory(main)) {
          try (Stream<Path> files = Files.walk(main)) {
            files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(SOURCES::add);
          }
        }
      }
    }
    assertThat(SOURCES).as("main sources found").hasSizeGreaterThan(100);
  }

  @Test
  void noMethodIsOverEightyLines() throws IOException {
    List<String> tooLong = new ArrayList<>();
    for (Path file : SOURCES) {
      for (CallableDeclaration<?> m : parse(file).findAll(CallableDeclaration.class)) {
        if (m instanceof MethodDeclaration md && md.getBody().isEmpty() || m.getEnd().isEmpty()) {
          continue;
        }
        int from = m.getName().getBegin().orElseThrow().line;
        int lines = m.getEnd().get().line - from + 1;
        if (lines > MAX_LINES) {
          tooLong.add(file + ":" + from + ": " + m.getNameAsString() + " has " + lines + " lines");
        }
      }
    }
    assertThat(tooLong).as("methods over " + MAX_LINES + " lines").isEmpty();
  }

  @Test
  void noMarkupInJavaStrings() throws IOException {
    List<String> markup = new ArrayList<>();
    for (Path file : SOURCES) {
      CompilationUnit cu = parse(file);
      List<LiteralStringValueExpr> literals = new ArrayList<>(cu.findAll(StringLiteralExpr.class));
      literals.addAll(cu.findAll(TextBlockLiteralExpr.class));
      for (LiteralStringValueExpr s : literals) {
        if (MARKUP.matcher(s.getValue()).find()) {
          markup.add(
              file
                  + ":"
                  + s.getBegin().map(p -> p.line).orElse(0)
                  + ": "
                  + abbreviate(s.getValue()));
        }
      }
    }
    assertThat(markup).as("HTML or SVG markup in Java string literals").isEmpty();
  }

  @Test
  void theMarkupPatternFindsTagsAndSparesRegexGroups() {
    assertThat(MARKUP.matcher("<p class=\"x\">").find()).isTrue();
    assertThat(MARKUP.matcher("</td>").find()).isTrue();
    assertThat(MARKUP.matcher("<!DOCTYPE html>").find()).isTrue();
    assertThat(MARKUP.matcher("(?<text>\\w+)").find()).isFalse();
    assertThat(MARKUP.matcher("(?<![\\w.])").find()).isFalse();
    assertThat(MARKUP.matcher("a < b").find()).isFalse();
  }

  private static CompilationUnit parse(Path file) throws IOException {
    ParserConfiguration config =
        new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
    ParseResult<CompilationUnit> r = new JavaParser(config).parse(file);
    assertThat(r.isSuccessful()).as(file + " parses: " + r.getProblems()).isTrue();
    return r.getResult().orElseThrow();
  }

  private static String abbreviate(String s) {
    String one = s.replace("\n", "\\n");
    return one.length() > 80 ? one.substring(0, 80) + "…" : one;
  }
}
