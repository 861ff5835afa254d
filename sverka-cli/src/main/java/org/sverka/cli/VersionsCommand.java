package org.sverka.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sverka.claims.ClaimsFile;
import org.sverka.claims.VersionMatrix;
import org.sverka.query.CaseQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sverka versions}: the version matrix of one event. */
@Command(
    name = "versions",
    description =
        "The versions of one event side by side: a row per source in the order said, a column per"
            + " slot (as the Dewey commission compared seven trials).",
    mixinStandardHelpOptions = true)
final class VersionsCommand implements Callable<Integer> {
  @Mixin CaseOptions opts;

  @Mixin ClaimsOption claimsOption;

  @Option(names = "--event", paramLabel = "ID", required = true, description = "The event.")
  String event;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = opts.out();
    ClaimsFile claims;
    try (CaseQueries q = CaseQueries.open(opts.caseDir)) {
      claims = ClaimsInput.read(q, claimsOption.file, opts.err());
      if (claims == null) {
        return ExitCodes.BAD_INPUT;
      }
    }
    List<String> events = VersionMatrix.events(claims);
    if (!events.contains(event)) {
      throw new BadInputException(
          "no event '"
              + event
              + "' in "
              + claimsOption.file
              + (events.isEmpty() ? "" : " (events: " + String.join(", ", events) + ")"));
    }
    VersionMatrix vm = VersionMatrix.of(claims, event);
    switch (opts.format) {
      case json -> Output.json(out, org.sverka.json.ClaimsJson.versions(vm));
      case csv -> {
        List<Object> head = new ArrayList<>(List.of("saidOn", "saidBy"));
        head.addAll(vm.slots());
        head.addAll(List.of("claims", "cites"));
        Output.csv(out, head);
        for (VersionMatrix.Row r : vm.rows()) {
          List<Object> row = new ArrayList<>();
          row.add(r.saidOn());
          row.add(r.saidBy());
          for (String s : vm.slots()) {
            row.add(String.join("; ", r.cells().get(s)));
          }
          row.add(String.join(" ", claimIds(r)));
          row.add(String.join(" ", r.cites()));
          Output.csv(out, row);
        }
      }
      case text -> text(out, vm);
    }
    out.flush();
    return ExitCodes.OK;
  }

  static List<String> claimIds(VersionMatrix.Row r) {
    List<String> ids = new ArrayList<>();
    r.claims().values().forEach(ids::addAll);
    return ids;
  }

  static void text(PrintWriter out, VersionMatrix vm) {
    List<String> head = new ArrayList<>(List.of("said on", "said by"));
    head.addAll(vm.slots());
    head.add("cite");
    List<List<String>> table = new ArrayList<>();
    table.add(head);
    for (VersionMatrix.Row r : vm.rows()) {
      List<String> row = new ArrayList<>();
      row.add(r.saidOn() == null ? "?" : r.saidOn());
      row.add(r.saidBy());
      for (String s : vm.slots()) {
        String v = String.join("; ", r.cells().get(s));
        row.add(v.isEmpty() ? "-" : CheckCommand.excerpt(v, 80));
      }
      row.add(String.join(" ", r.cites()));
      table.add(row);
    }
    int[] w = new int[head.size()];
    for (List<String> row : table) {
      for (int i = 0; i < row.size(); i++) {
        w[i] = Math.max(w[i], row.get(i).length());
      }
    }
    out.printf("%s: %d versions%n%n", vm.event(), vm.rows().size());
    for (List<String> row : table) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        b.append(i == row.size() - 1 ? row.get(i) : String.format("%-" + w[i] + "s  ", row.get(i)));
      }
      out.println(b.toString().stripTrailing());
    }
  }
}
