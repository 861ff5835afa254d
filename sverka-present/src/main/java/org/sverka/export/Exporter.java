package org.sverka.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sverka.json.CaseJson;
import org.sverka.json.Texts;
import org.sverka.query.CaseQueries;
import org.sverka.store.EntityTables.StoredEntity;
import org.sverka.store.StoredDocument;

/**
 * {@code sverka export} and {@code /api/annotations}: a case's documents as TEI P5 ({@code ID.xml})
 * or W3C Web Annotation JSON-LD ({@code ID.jsonld}), one file per document, the same bytes for the
 * same case.
 */
public final class Exporter {
  /** The formats. */
  public enum Format {
    tei(".xml"),
    webanno(".jsonld");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    /** The file name of {@code doc}'s export in this format. */
    public String fileName(String doc) {
      String xml = TeiWriter.fileName(doc);
      return xml.substring(0, xml.length() - 4) + extension;
    }
  }

  private final CaseQueries q;
  private final Map<String, StoredEntity> entities;
  private final Texts texts;

  /** An exporter of the case {@code q} reads. */
  public Exporter(CaseQueries q) throws SQLException {
    this.q = q;
    this.entities = q.entitiesById();
    this.texts = new Texts(q.caseFile());
  }

  /** The TEI of document {@code doc} (UTF-8). */
  public byte[] tei(String doc) throws SQLException {
    return TeiWriter.write(Findings.of(q, doc, entities));
  }

  /** The Web Annotation collection of document {@code doc}, as JSON-LD text. */
  public String annotations(String doc) throws SQLException {
    return CaseJson.write(WebAnnotations.collection(Findings.of(q, doc, entities), texts)) + "\n";
  }

  /**
   * Writes {@code doc} (every document, in id order, when null) in {@code format} into {@code out}
   * (created if missing) and returns the files written.
   */
  public List<Path> write(Format format, String doc, Path out) throws SQLException, IOException {
    List<String> ids = new ArrayList<>();
    if (doc != null) {
      ids.add(q.document(doc, false).id());
    } else {
      for (StoredDocument d : q.documents()) {
        ids.add(d.id());
      }
    }
    Files.createDirectories(out);
    List<Path> written = new ArrayList<>();
    for (String id : ids) {
      byte[] bytes =
          format == Format.tei ? tei(id) : annotations(id).getBytes(StandardCharsets.UTF_8);
      Path file = out.resolve(format.fileName(id));
      Files.write(file, bytes);
      written.add(file);
    }
    return written;
  }
}
