package org.sverka.store;

import java.util.List;

/**
 * The case file's schema, as an append-only list of migrations. {@code PRAGMA user_version} holds
 * how many have been applied. Never edit a released migration: add a new one.
 */
final class Migrations {
  private Migrations() {}

  static final List<String[]> ALL =
      List.<String[]>of(
          new String[] {
            """
            CREATE TABLE runs (
              id INTEGER PRIMARY KEY,
              started TEXT NOT NULL,
              finished TEXT,
              version TEXT NOT NULL,
              parameters TEXT NOT NULL,
              status TEXT NOT NULL CHECK (status IN ('running','ok','bad-input','interrupted','failed')),
              analysed INTEGER NOT NULL DEFAULT 0,
              unchanged INTEGER NOT NULL DEFAULT 0,
              removed INTEGER NOT NULL DEFAULT 0,
              skipped INTEGER NOT NULL DEFAULT 0
            )""",
            """
            CREATE TABLE documents (
              id TEXT PRIMARY KEY,
              source_path TEXT NOT NULL UNIQUE,
              root TEXT NOT NULL,
              file TEXT NOT NULL,
              sha256 TEXT NOT NULL,
              meta_hash TEXT NOT NULL,
              bytes INTEGER NOT NULL,
              media_type TEXT NOT NULL,
              charset TEXT,
              title TEXT,
              author TEXT,
              date TEXT,
              published TEXT,
              place TEXT,
              source TEXT,
              translated_from TEXT,
              kind TEXT,
              extra TEXT NOT NULL,
              detected TEXT NOT NULL,
              lines INTEGER NOT NULL,
              words INTEGER NOT NULL,
              text TEXT NOT NULL,
              run_id INTEGER NOT NULL REFERENCES runs(id)
            )""",
            """
            CREATE TABLE parts (
              doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              ord INTEGER NOT NULL,
              line_start INTEGER NOT NULL,
              line_end INTEGER NOT NULL,
              title TEXT,
              date TEXT,
              author TEXT,
              kind TEXT,
              place TEXT,
              implicit INTEGER NOT NULL,
              extra TEXT NOT NULL,
              PRIMARY KEY (doc, ord)
            )""",
            """
            CREATE TABLE paragraphs (
              doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              ord INTEGER NOT NULL,
              start INTEGER NOT NULL,
              end INTEGER NOT NULL,
              line_start INTEGER NOT NULL,
              line_end INTEGER NOT NULL,
              boilerplate INTEGER NOT NULL,
              PRIMARY KEY (doc, ord)
            )""",
            """
            CREATE TABLE sentences (
              doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              ord INTEGER NOT NULL,
              paragraph INTEGER NOT NULL,
              start INTEGER NOT NULL,
              end INTEGER NOT NULL,
              PRIMARY KEY (doc, ord)
            )""",
            """
            CREATE TABLE problems (
              run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
              file TEXT NOT NULL,
              line INTEGER NOT NULL,
              message TEXT NOT NULL
            )""",
          },
          // 2: reuse passages, and which derived stages are up to date
          new String[] {
            """
            CREATE TABLE passages (
              id INTEGER PRIMARY KEY,
              doc_a TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              start_a INTEGER NOT NULL,
              end_a INTEGER NOT NULL,
              line_start_a INTEGER NOT NULL,
              line_end_a INTEGER NOT NULL,
              doc_b TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              start_b INTEGER NOT NULL,
              end_b INTEGER NOT NULL,
              line_start_b INTEGER NOT NULL,
              line_end_b INTEGER NOT NULL,
              kind TEXT NOT NULL,
              identity REAL NOT NULL,
              weight REAL NOT NULL,
              tokens_a INTEGER NOT NULL,
              tokens_b INTEGER NOT NULL,
              ops TEXT NOT NULL
            )""",
            "CREATE INDEX passages_a ON passages(doc_a, start_a)",
            "CREATE INDEX passages_b ON passages(doc_b, start_b)",
            """
            CREATE TABLE stages (
              name TEXT PRIMARY KEY,
              stamp TEXT NOT NULL,
              run_id INTEGER NOT NULL
            )""",
          },
          // 3: quotations and their checks
          new String[] {
            """
            CREATE TABLE quotations (
              id INTEGER PRIMARY KEY,
              doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              start INTEGER NOT NULL,
              end INTEGER NOT NULL,
              line_start INTEGER NOT NULL,
              line_end INTEGER NOT NULL,
              outer_start INTEGER NOT NULL,
              outer_end INTEGER NOT NULL,
              depth INTEGER NOT NULL,
              style TEXT NOT NULL,
              closed INTEGER NOT NULL,
              speaker TEXT,
              first_person INTEGER NOT NULL,
              work TEXT,
              attributed_to TEXT,
              verdicts TEXT NOT NULL,
              explanation TEXT NOT NULL,
              detail TEXT NOT NULL
            )""",
            "CREATE INDEX quotations_doc ON quotations(doc, start)",
          },
          // 4: named entities and their mentions
          new String[] {
            """
            CREATE TABLE entities (
              id TEXT PRIMARY KEY,
              type TEXT NOT NULL,
              name TEXT NOT NULL,
              wikidata TEXT,
              detail TEXT NOT NULL
            )""",
            """
            CREATE TABLE mentions (
              id INTEGER PRIMARY KEY,
              doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              start INTEGER NOT NULL,
              end INTEGER NOT NULL,
              line_start INTEGER NOT NULL,
              line_end INTEGER NOT NULL,
              sentence INTEGER NOT NULL,
              form TEXT NOT NULL,
              type TEXT NOT NULL,
              role TEXT NOT NULL,
              source TEXT NOT NULL,
              entity TEXT
            )""",
            "CREATE INDEX mentions_doc ON mentions(doc, start)",
            "CREATE INDEX mentions_entity ON mentions(entity)",
          },
          // 5: the name tagger's output per document (the mention stage reads it)
          new String[] {
            """
            CREATE TABLE ner_tags (
              doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              paragraph INTEGER NOT NULL,
              norm_start INTEGER NOT NULL,
              norm_end INTEGER NOT NULL,
              start INTEGER NOT NULL,
              end INTEGER NOT NULL,
              label TEXT NOT NULL
            )""",
            "CREATE INDEX ner_tags_doc ON ner_tags(doc)",
          },
          // 6: date expressions, figures and the checks of their arithmetic
          new String[] {
            """
            CREATE TABLE dates (
              id INTEGER PRIMARY KEY,
              doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              start INTEGER NOT NULL,
              end INTEGER NOT NULL,
              line_start INTEGER NOT NULL,
              line_end INTEGER NOT NULL,
              sentence INTEGER NOT NULL,
              sentence_start INTEGER NOT NULL,
              sentence_end INTEGER NOT NULL,
              text TEXT NOT NULL,
              value TEXT,
              kind TEXT NOT NULL,
              event TEXT,
              anchored INTEGER NOT NULL,
              statement_date TEXT
            )""",
            "CREATE INDEX dates_doc ON dates(doc, start)",
            """
            CREATE TABLE figures (
              id INTEGER PRIMARY KEY,
              doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              start INTEGER NOT NULL,
              end INTEGER NOT NULL,
              line_start INTEGER NOT NULL,
              line_end INTEGER NOT NULL,
              sentence INTEGER NOT NULL,
              text TEXT NOT NULL,
              value TEXT NOT NULL,
              high TEXT,
              step TEXT NOT NULL,
              unit TEXT,
              relation TEXT,
              qualifier TEXT,
              change INTEGER NOT NULL,
              measure TEXT,
              period TEXT
            )""",
            "CREATE INDEX figures_doc ON figures(doc, start)",
            """
            CREATE TABLE figure_checks (
              id INTEGER PRIMARY KEY,
              doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              start INTEGER NOT NULL,
              end INTEGER NOT NULL,
              line_start INTEGER NOT NULL,
              line_end INTEGER NOT NULL,
              kind TEXT NOT NULL,
              verdict TEXT NOT NULL,
              stated TEXT,
              computed TEXT,
              tolerance TEXT,
              explanation TEXT NOT NULL,
              figures TEXT NOT NULL
            )""",
          },
          // 7: the pages of PDFs and images, and the lines OCR read with their boxes and words
          new String[] {
            """
            CREATE TABLE pages (
              doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              page INTEGER NOT NULL,
              line_start INTEGER NOT NULL,
              line_end INTEGER NOT NULL,
              width INTEGER NOT NULL,
              height INTEGER NOT NULL,
              ocr INTEGER NOT NULL,
              PRIMARY KEY (doc, page)
            )""",
            """
            CREATE TABLE ocr_lines (
              doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              line INTEGER NOT NULL,
              page INTEGER NOT NULL,
              x INTEGER NOT NULL,
              y INTEGER NOT NULL,
              width INTEGER NOT NULL,
              height INTEGER NOT NULL,
              words TEXT NOT NULL,
              PRIMARY KEY (doc, line)
            )""",
          },
          // 8: the images of OCR'd pages, downscaled, for the report's document pages
          new String[] {
            """
            CREATE TABLE page_images (
              doc TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
              page INTEGER NOT NULL,
              width INTEGER NOT NULL,
              height INTEGER NOT NULL,
              png BLOB NOT NULL,
              PRIMARY KEY (doc, page)
            )""",
          },
          // 9: the name CRF's answers by sentence (TagCache): a sentence met again, in this run or
          // a later one, is not tagged again. Keyed by a hash of the sentence's tokens, so it
          // belongs to no document and outlives them; derived, and can be emptied at any time
          new String[] {
            """
            CREATE TABLE ner_cache (
              key INTEGER PRIMARY KEY,
              runs BLOB NOT NULL
            )""",
          });
}
