package org.sverka.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sverka.claims.Checker;
import org.sverka.claims.ClaimsFile;
import org.sverka.claims.Finding;
import org.sverka.query.CaseQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sverka check}: the analyst's claims, checked by the rules, every finding cited. */
@Command(
    name = "check",
    description = {
      "Check a claims file (places, people, events, claims, each with its DOC:LINE source) for"
          + " claims that cannot all be true.",
      "%nFindings: PRESENCE_CONFLICT, PLACE_NOT_EXISTING, VERSION_CONFLICT, VERSION_DRIFT,"
          + " SELF_CONTRADICTION, DISPUTED, CONTRADICTS_ESTABLISHED; each DEFINITE or POSSIBLE."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:checked (findings or not)",
      "1:the claims file has problems (each printed on stderr as FILE:LINE: problem)",
      "2:usage error",
      "4:--fail-on findings was given and a DEFINITE finding exists"
    },
    mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {
  @Mixin CaseOptions opts;

  @Mixin ClaimsOption claimsOption;

  /** What makes the command fail. */
  enum FailOn {
    findings
  }

  @Option(
      names = "--fail-on",
      paramLabel = "WHAT",
      description = "findings: exit 4 if a DEFINITE finding exists (for scripts).")
  FailOn failOn;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = opts.out();
    PrintWriter err = opts.err();
    List<Finding> findings;
    ClaimsFile claims;
    try (CaseQueries q = CaseQueries.open(opts.caseDir)) {
      claims = ClaimsInput.read(q, claimsOption.file, err);
      if (claims == null) {
        return ExitCodes.BAD_INPUT;
      }
      findings = Checker.check(claims);
    }
    switch (opts.format) {
      case json -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("findings", findings.stream().map(CheckCommand::json).toList());
        Output.json(out, m);
      }
      case csv -> {
        Output.csv(out, List.of("type", "certainty", "claims", "explanation", "citations"));
        for (Finding f : findings) {
          Output.csv(
              out,
              List.of(
                  f.type(),
                  f.certainty(),
                  String.join(" ", f.claims()),
                  f.explanation(),
                  String.join(" ", f.citations().stream().map(Finding.Citation::cite).toList())));
        }
      }
      case text -> text(out, findings, claims);
    }
    out.flush();
    boolean definite = findings.stream().anyMatch(f -> f.certainty() == Finding.Certainty.DEFINITE);
    return failOn == FailOn.findings && definite ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  static void text(PrintWriter out, List<Finding> findings, ClaimsFile claims) {
    for (Finding f : findings) {
      out.printf("%s %s  %s%n", f.certainty(), f.type(), String.join(", ", f.claims()));
      out.printf("  %s%n", f.explanation());
      for (Finding.Citation c : f.citations()) {
        out.printf("    %s  \u201c%s\u201d%n", c.cite(), excerpt(c.text(), 150));
      }
      out.println();
    }
    long definite =
        findings.stream().filter(f -> f.certainty() == Finding.Certainty.DEFINITE).count();
    out.printf(
        "%d finding%s (%d definite, %d possible) from %d claim%s.%n",
        findings.size(),
        findings.size() == 1 ? "" : "s",
        definite,
        findings.size() - definite,
        claims.claims().size(),
        claims.claims().size() == 1 ? "" : "s");
  }

  /** A cited text on one line, spaces collapsed, shortened. */
  static String excerpt(String text, int max) {
    String t = text.replaceAll("\\s+", " ").strip();
    return t.length() <= max ? t : t.substring(0, max - 1) + "\u2026";
  }

  static Map<String, Object> json(Finding f) {
    return org.sverka.json.ClaimsJson.finding(f);
  }
}
