package org.sverka.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.sverka.Sverka;
import org.sverka.query.CaseQueries;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/** The top-level {@code sverka} command: help, version, and the subcommands. */
@Command(
    name = "sverka",
    mixinStandardHelpOptions = true,
    versionProvider = SverkaCommand.Version.class,
    description = {
      "Sverka checks documents against each other: who quotes whom and how, who is named, when things were said, which figures don't add up, which claims cannot all be true.",
      "%nEvery result cites DOC:LINE in the original files."
    },
    subcommands = {
      AnalyzeCommand.class,
      DocsCommand.class,
      ShowCommand.class,
      ReportCommand.class,
      ReuseCommand.class,
      CollateCommand.class,
      QuotesCommand.class,
      QuoteCheckCommand.class,
      EntitiesCommand.class,
      EntityCommand.class,
      ComentionsCommand.class,
      TimelineCommand.class,
      FiguresCommand.class,
      SearchCommand.class,
      DemoCommand.class,
      CheckCommand.class,
      VersionsCommand.class,
      SuggestClaimsCommand.class,
      DriftCommand.class,
      ImportReuseCommand.class,
      ImportCommand.class,
      EvalCommand.class,
      ServeCommand.class,
      ExportCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:everything was done",
      "1:some input could not be used (named on stderr, one line each)",
      "2:usage error",
      "3:internal error (rerun with --stacktrace and report it)",
      "4:check --fail-on findings found a DEFINITE finding"
    })
public final class SverkaCommand implements Callable<Integer> {
  @Option(
      names = "--stacktrace",
      scope = ScopeType.INHERIT,
      description = "On an error, print the Java stack trace too.")
  boolean stacktrace;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.USAGE;
  }

  /** Builds the command line with the given streams and the exit-code mapping. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean interactive) {
    CommandLine cl = new CommandLine(new SverkaCommand(), new Factory(out, err, interactive));
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler(
        (Exception ex, CommandLine cmd, ParseResult parsed) -> {
          boolean trace = wantsTrace(parsed);
          int code;
          String message;
          if (ex instanceof CaseQueries.Unknown u) {
            code = ExitCodes.BAD_INPUT;
            message = unknown(u, caseDir(parsed));
          } else if (ex instanceof BadInputException
              || ex instanceof CaseQueries.Ambiguous
              || ex instanceof java.io.IOException
              || ex instanceof java.io.UncheckedIOException) {
            code = ExitCodes.BAD_INPUT;
            message = ex.getMessage();
          } else if (ex instanceof IllegalArgumentException) {
            code = ExitCodes.USAGE;
            message = ex.getMessage();
          } else {
            code = ExitCodes.INTERNAL;
            message =
                "internal error: " + ex + (trace ? "" : " (rerun with --stacktrace for details)");
          }
          cmd.getErr().println("sverka: " + oneLine(message));
          if (trace) {
            ex.printStackTrace(cmd.getErr());
          }
          cmd.getErr().flush();
          return code;
        });
    cl.setParameterExceptionHandler(
        (CommandLine.ParameterException ex, String[] args) -> {
          CommandLine cmd = ex.getCommandLine();
          cmd.getErr().println("sverka: " + oneLine(ex.getMessage()));
          cmd.getErr()
              .println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more.");
          cmd.getErr().flush();
          return ExitCodes.USAGE;
        });
    return cl;
  }

  /**
   * The CLI's line for what a case does not hold: a document with the case's first ids, an entity
   * with the command that lists them.
   */
  static String unknown(CaseQueries.Unknown u, Object caseDir) {
    return switch (u.what()) {
      case DOCUMENT -> {
        List<String> ids = u.known();
        yield u.getMessage()
            + "; documents: "
            + (ids.size() > 12
                ? String.join(", ", ids.subList(0, 12)) + ", ..."
                : String.join(", ", ids));
      }
      case ENTITY ->
          "no entity named '"
              + u.key()
              + "' in "
              + caseDir
              + "; 'sverka entities --case "
              + caseDir
              + "' lists them";
      default -> u.getMessage();
    };
  }

  /** The {@code --case} of the command that ran, as given. */
  private static Object caseDir(ParseResult parsed) {
    Object dir = null;
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--case")) {
        dir = p.matchedOptionValue("--case", null);
      }
    }
    return dir;
  }

  private static boolean wantsTrace(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--stacktrace")) {
        return true;
      }
    }
    return false;
  }

  static String oneLine(String s) {
    if (s == null) {
      return "unknown error";
    }
    return s.replaceAll("\\s+", " ").trim();
  }

  /** Reports the version of this build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "sverka " + Sverka.VERSION,
        "analysis " + Sverka.ANALYSIS_VERSION + ", Java " + System.getProperty("java.version")
      };
    }
  }

  /** Gives every command the streams it should write to (so tests can capture them). */
  record Factory(PrintWriter out, PrintWriter err, boolean interactive)
      implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == AnalyzeCommand.class) {
        return cls.cast(new AnalyzeCommand(interactive));
      }
      if (cls == DemoCommand.class) {
        return cls.cast(new DemoCommand(interactive));
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }
}
