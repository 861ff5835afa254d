package org.sverka.query;

import java.util.List;
import org.sverka.text.Cited;

/**
 * Places of the case that carry the same passage: the sides of reuse passages joined where they
 * overlap in a document and chained by the passages between them.
 *
 * @param id 1-based, in the order of the clusters' first places (document id, offset)
 * @param places the witnesses' places, by document id and offset; overlapping sides are one place
 * @param passages the ids of the reuse passages that join them, ascending
 */
public record Cluster(int id, List<Cited> places, List<Integer> passages) {
  public Cluster {
    places = List.copyOf(places);
    passages = List.copyOf(passages);
  }

  /** How many documents the places are in. */
  public long documents() {
    return places.stream().map(Cited::doc).distinct().count();
  }
}
