package org.sverka.fuzz;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sverka.claims.Sources;
import org.sverka.text.LineMap;

/** Two short documents of my own making, for claims to cite. */
final class TwoDocuments implements Sources {
  final Map<String, Source> docs = new TreeMap<>();

  TwoDocuments() {
    add(
        "letter-1791",
        "Sir,\nI received your favour of the 3d instant,\nand hasten to reply.\n",
        "1791-03-05");
    add(
        "diary-1905",
        "9 January. Crowds on the Nevsky.\nShots at the Winter Palace.\nNo news of P.\n",
        "1905-01-09");
  }

  void add(String id, String text, String date) {
    docs.put(id, new Source(id, text, LineMap.of(text), date, List.of()));
  }

  @Override
  public Optional<Source> document(String id) {
    return Optional.ofNullable(docs.get(id));
  }

  @Override
  public List<String> ids() {
    return List.copyOf(docs.keySet());
  }
}
