package org.sverka.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sverka.Corpus;
import org.sverka.document.Part;
import org.sverka.ingest.SourceCatalog;
import org.sverka.ingest.SourceEntry;
import org.sverka.text.LineMap;

/**
 * The demo corpus as claims see it, straight from its files and its sources.yaml (ids, dates,
 * parts), without an analysis run: the real texts and lines, for fast rule tests.
 */
final class CorpusSources implements Sources {
  static final CorpusSources DEMO = new CorpusSources();

  private final Map<String, Source> docs = new TreeMap<>();

  private CorpusSources() {
    SourceCatalog cat = SourceCatalog.read(Corpus.file("sources.yaml"));
    for (SourceEntry e : cat.entries()) {
      try {
        String text = Files.readString(Corpus.file(e.file()));
        List<Part> parts =
            e.parts().stream()
                .map(
                    p ->
                        new Part(
                            p.lineStart(),
                            p.lineEnd(),
                            p.title(),
                            p.date(),
                            p.author(),
                            p.kind(),
                            p.place(),
                            false,
                            Map.of()))
                .toList();
        docs.put(e.id(), new Source(e.id(), text, LineMap.of(text), e.date(), parts));
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
  }

  @Override
  public Optional<Source> document(String id) {
    return Optional.ofNullable(docs.get(id));
  }

  @Override
  public List<String> ids() {
    return List.copyOf(docs.keySet());
  }

  /** Writes YAML to a file and reads it as a claims file against the demo corpus. */
  static ClaimsFile read(Path dir, String yaml) {
    try {
      Path f = Files.createTempFile(dir, "claims", ".yaml");
      Files.writeString(f, yaml);
      return ClaimsFile.read(f, DEMO);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of one line of a demo document. */
  static String line(String doc, int line) {
    return DEMO.document(doc).orElseThrow().linesText(line, line);
  }
}
