package org.sverka.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.pipeline.Analyzer;
import org.sverka.store.CaseFile;
import org.sverka.store.EntityTables.StoredEntity;
import org.sverka.store.StoredPassage;
import org.sverka.store.StoredQuotation;

/** A passage, quotation or entity by id is the one the listings give; an unknown one is refused. */
class CaseQueriesTest {
  @TempDir static Path tmp;
  static Path caseDir;

  private static final String SHARED =
      "The commission of inquiry heard the witness describe how the organisers of the trial had"
          + " prepared the confessions in advance, and how every defendant repeated the same words"
          + " about the meeting in Copenhagen that never took place.";

  @BeforeAll
  static void analyse() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        in.resolve("first.txt"),
        "Leon Trotsky wrote from Coyoacan in 1937.\n\n" + SHARED + "\n\nNothing else was said.\n");
    Files.writeString(
        in.resolve("second.txt"),
        "John Dewey answered in 1938.\n\nHe quoted the report: \""
            + SHARED
            + "\" And he added that Leon Trotsky was not guilty.\n");
    caseDir = tmp.resolve("case");
    try (CaseFile cf = CaseFile.open(caseDir)) {
      new Analyzer(null)
          .run(
              cf,
              new Analyzer.Options(List.of(in), null, Analyzer.Options.DEFAULT_MAX_FILE_BYTES, 1));
    }
  }

  @Test
  void aPassageByIdIsTheListedOne() throws Exception {
    try (CaseQueries q = CaseQueries.open(caseDir)) {
      List<StoredPassage> all = q.passages(null, 0);
      assertFalse(all.isEmpty());
      for (StoredPassage sp : all) {
        assertEquals(sp, q.passage(sp.id()));
      }
      int missing = all.get(all.size() - 1).id() + 1;
      CaseQueries.Unknown u = assertThrows(CaseQueries.Unknown.class, () -> q.passage(missing));
      assertEquals("no reuse passage #" + missing, u.getMessage());
      assertEquals(CaseQueries.What.PASSAGE, u.what());
    }
  }

  @Test
  void aQuotationByIdIsTheListedOne() throws Exception {
    try (CaseQueries q = CaseQueries.open(caseDir)) {
      List<StoredQuotation> all = q.quotations(null, null, false);
      assertFalse(all.isEmpty());
      for (StoredQuotation sq : all) {
        assertEquals(sq, q.quotation(sq.id()));
      }
      CaseQueries.Unknown u = assertThrows(CaseQueries.Unknown.class, () -> q.quotation(999_999));
      assertEquals("no quotation #999999", u.getMessage());
    }
  }

  @Test
  void anEntityByIdIsTheListedOne() throws Exception {
    try (CaseQueries q = CaseQueries.open(caseDir)) {
      List<StoredEntity> all = q.entities(null);
      assertFalse(all.isEmpty());
      for (StoredEntity e : all) {
        assertEquals(e, q.entity(e.id()));
      }
      CaseQueries.Unknown u =
          assertThrows(CaseQueries.Unknown.class, () -> q.entity("person:nobody-at-all"));
      assertEquals(CaseQueries.What.ENTITY, u.what());
      assertEquals("person:nobody-at-all", u.key());
    }
  }

  @Test
  void anUnknownDocumentIsRefusedWithTheCasesIds() throws Exception {
    try (CaseQueries q = CaseQueries.open(caseDir)) {
      CaseQueries.Unknown u = assertThrows(CaseQueries.Unknown.class, () -> q.passages("third", 0));
      assertEquals("no document 'third' in this case", u.getMessage());
      assertEquals(List.of("first", "second"), u.known());
      assertThrows(CaseQueries.Unknown.class, () -> q.quotations("third", null, false));
      assertThrows(CaseQueries.Unknown.class, () -> q.checks("third"));
      assertFalse(q.passages("first", 0).isEmpty());
    }
  }
}
