package org.sverka.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sverka.web.SverkaServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sverka serve}: the web app over a case, until stopped. */
@Command(
    name = "serve",
    resourceBundle = "org.sverka.cli.ServeCommand",
    description = {
      "Serve the case in a web browser: the report's pages with their findings, and a JSON API"
          + " under /api/ (described at /api/openapi.json). Stop with Ctrl-C.",
      "%nListens on 127.0.0.1 unless told otherwise. Any other --host needs a token (given, or"
          + " generated and printed): open the printed address with ?token=TOKEN once (a cookie"
          + " keeps it), or send the header 'Authorization: Bearer TOKEN'."
    },
    mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {
  @Mixin CaseFolder folder;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      defaultValue = "127.0.0.1",
      description = "The address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "7777",
      description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description =
          "Require this token on every request (default: none on loopback, generated otherwise).")
  String token;

  @Option(
      names = "--claims",
      paramLabel = "FILE",
      description =
          "A claims file (claims.yaml) to check live and to edit in the browser: the findings page"
              + " follows the file, and the claims editor writes it (keeping numbered backups"
              + " FILE.bak.N).")
  Path claims;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("--port must be between 0 and 65535");
    }
    if (token != null && token.isBlank()) {
      throw new IllegalArgumentException("--token must not be empty");
    }
    if (claims != null && !java.nio.file.Files.isRegularFile(claims)) {
      throw new BadInputException("claims file " + claims + " does not exist");
    }
    PrintWriter out = folder.out();
    SverkaServer server =
        SverkaServer.start(new SverkaServer.Options(folder.caseDir, host, port, token, claims));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.close();
                  } catch (Exception e) {
                    // stopping anyway
                  }
                  stopped.countDown();
                }));
    out.println("Serving " + folder.caseDir.toAbsolutePath().normalize() + " at " + server.url());
    if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
      out.println(
          "(listening on every address of this machine: from elsewhere, use its name or address"
              + " instead of 127.0.0.1)");
    }
    if (server.token() != null && token == null) {
      out.println(
          "Token: "
              + server.token()
              + " (needed on every request: the address above sets it in a cookie; scripts send"
              + " 'Authorization: Bearer TOKEN')");
    }
    if (claims != null) {
      out.println(
          "Claims: "
              + claims.toAbsolutePath().normalize()
              + " (checked live; edited from the documents and claims.html, backups "
              + claims.getFileName()
              + ".bak.N)");
    }
    out.println("API: /api/ (described at /api/openapi.json). Stop with Ctrl-C.");
    out.flush();
    stopped.await();
    return ExitCodes.OK;
  }
}
