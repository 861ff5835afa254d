package org.sverka.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.sverka.store.CaseFile;
import org.sverka.store.SearchTables;

/**
 * The entities of a case as search needs them: which entities a written name stands for (every
 * spelling in a NAME mention resolved to an entity, and the entity's own name, compared as the
 * index folds words), and every spelling of an entity. Read from the {@code mentions} and {@code
 * entities} tables; empty when no entity stage has filled them.
 */
final class EntityNames {
  /** One entity: id, type (PERSON, PLACE, ORGANIZATION, WORK), name, and its spellings. */
  record Entity(String id, String type, String name, Set<String> forms) {}

  private final Map<String, Set<String>> idsByName = new HashMap<>();
  private final Map<String, Entity> byId = new HashMap<>();

  static EntityNames read(CaseFile cf, Analyzer analyzer) throws SQLException {
    EntityNames n = new EntityNames();
    SearchTables t = new SearchTables(cf);
    for (SearchTables.Entity e : t.entities()) {
      n.byId.put(e.id(), new Entity(e.id(), e.type(), e.name(), new TreeSet<>()));
      n.add(analyzer, e.name(), e.id());
    }
    for (SearchTables.Form f : t.forms()) {
      Entity e =
          n.byId.computeIfAbsent(
              f.entity(), id -> new Entity(id, f.type(), f.form(), new TreeSet<>()));
      e.forms().add(f.form());
      n.add(analyzer, f.form(), f.entity());
    }
    return n;
  }

  private void add(Analyzer analyzer, String written, String id) {
    if (written == null) {
      return;
    }
    String key = String.join(" ", words(analyzer, written));
    if (!key.isEmpty()) {
      idsByName.computeIfAbsent(key, k -> new TreeSet<>()).add(id);
    }
  }

  boolean isEmpty() {
    return byId.isEmpty();
  }

  Entity entity(String id) {
    return byId.get(id);
  }

  /** The ids of the entities (of {@code type}, or of any type if null) written as these words. */
  Set<String> ids(List<String> words, String type) {
    Set<String> out = new TreeSet<>();
    for (String id : idsByName.getOrDefault(String.join(" ", words), Set.of())) {
      Entity e = byId.get(id);
      if (type == null || e != null && type.equals(e.type())) {
        out.add(id);
      }
    }
    return out;
  }

  /** The words of a text as the index reads them. */
  static List<String> words(Analyzer analyzer, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(SearchIndex.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
