package org.sverka.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import org.sverka.claims.ClaimSuggester;
import org.sverka.query.CaseQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sverka suggest-claims}: draft presence claims from the case's entity mentions. */
@Command(
    name = "suggest-claims",
    resourceBundle = "org.sverka.cli.SuggestClaimsCommand",
    description = {
      "Draft presence claims (claims.yaml syntax) from sentences that name a person, a place and a"
          + " date, each with its cite and the sentence as a comment.",
      "%nPrints the drafts, or writes them to a new file with --out; never overwrites a file."
    },
    mixinStandardHelpOptions = true)
final class SuggestClaimsCommand implements Callable<Integer> {
  @Mixin CaseFolder folder;

  @Mixin DocFilter only;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the drafts to this new file (refused if it exists).")
  Path outFile;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = folder.out();
    PrintWriter err = folder.err();
    if (outFile != null && Files.exists(outFile)) {
      throw new BadInputException(
          outFile + " exists; suggest-claims never overwrites a file (give a new name)");
    }
    ClaimSuggester.Drafts drafts;
    long mentions;
    try (CaseQueries q = CaseQueries.open(folder.caseDir)) {
      q.requireDocument(only.doc);
      mentions = q.mentionCount();
      drafts = ClaimSuggester.suggest(q.mentionedSentences(only.doc), q.sources());
    }
    if (mentions == 0) {
      err.println(
          "sverka: the case has no entity mentions yet (the entity stage of 'sverka analyze'"
              + " finds them); nothing to suggest");
    }
    String yaml = ClaimSuggester.yaml(drafts);
    if (outFile == null) {
      out.print(yaml);
      out.flush();
    } else {
      try {
        Files.writeString(outFile, yaml, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      } catch (FileAlreadyExistsException e) {
        throw new BadInputException(
            outFile + " exists; suggest-claims never overwrites a file (give a new name)");
      } catch (IOException e) {
        throw new BadInputException("cannot write " + outFile + ": " + e.getMessage());
      }
      err.printf("%d draft claims written to %s%n", drafts.drafts().size(), outFile);
    }
    err.flush();
    return ExitCodes.OK;
  }
}
