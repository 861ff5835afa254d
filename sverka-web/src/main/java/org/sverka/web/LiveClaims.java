package org.sverka.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.sverka.claims.Checker;
import org.sverka.claims.ClaimsEditor;
import org.sverka.claims.ClaimsFile;
import org.sverka.claims.Finding;
import org.sverka.query.CaseQueries;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;

/**
 * The claims file of {@code sverka serve --claims FILE}, checked live: every request reads the
 * file's bytes, and when they (or the case's documents) changed since the last check, reads and
 * checks it again, so the findings follow the file whether it is edited here or by hand. Writes go
 * through {@link ClaimsEditor#save}, which serializes them and refuses a stale version.
 */
final class LiveClaims {
  /** The file as last checked: its version (SHA-256), claims, findings and editable text. */
  record State(
      String version,
      ClaimsFile claims,
      List<Finding> findings,
      ClaimsEditor.Text text,
      String uneditable) {}

  private final Path file;
  private State state;
  private String stamp;

  LiveClaims(Path file) {
    this.file = file;
  }

  Path file() {
    return file;
  }

  /** The version (SHA-256) of the file's bytes now, or "-" when it cannot be read. */
  String version() {
    try {
      return ClaimsEditor.version(Files.readAllBytes(file));
    } catch (IOException e) {
      return "-";
    }
  }

  /** The current state: re-read and re-checked when the file or the case changed. */
  synchronized State state(CaseFile cf) throws IOException, SQLException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      // gone or unreadable: the pages still work, and the findings page says what is wrong
      state = null;
      ClaimsFile unreadable = ClaimsFile.read(file, CaseQueries.of(cf).sources());
      return new State(
          "", unreadable, List.of(), null, "cannot read " + file + ": " + e.getMessage());
    }
    String version = ClaimsEditor.version(bytes);
    String corpus = new DocumentTables(cf).corpusStamp();
    if (state != null && state.version().equals(version) && corpus.equals(stamp)) {
      return state;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    ClaimsFile claims = ClaimsFile.read(file, text, CaseQueries.of(cf).sources());
    List<Finding> findings = claims.ok() ? Checker.check(claims) : List.of();
    ClaimsEditor.Text editable = null;
    String uneditable = null;
    try {
      editable = ClaimsEditor.parse(text, file);
    } catch (ClaimsEditor.Refused e) {
      uneditable = e.getMessage();
    }
    state = new State(version, claims, findings, editable, uneditable);
    stamp = corpus;
    return state;
  }

  /** Saves an edit made against {@code version}; the next {@link #state} reads the new file. */
  ClaimsEditor.Saved save(CaseFile cf, String version, ClaimsEditor.Edit edit)
      throws IOException, ClaimsEditor.Refused {
    return ClaimsEditor.save(file, version, edit, CaseQueries.of(cf).sources());
  }
}
