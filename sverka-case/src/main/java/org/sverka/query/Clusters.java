package org.sverka.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sverka.store.StoredPassage;
import org.sverka.text.Cited;

/**
 * Chains reuse passages into clusters of one passage's places. Every side of every passage is a
 * place; sides in one document that overlap are joined into one place (its span and lines the union
 * of theirs); places are linked by the passages between them; a connected group of at least {@code
 * min} places is a cluster. Deterministic: places by document id and offset, clusters by their
 * first place.
 */
final class Clusters {
  private Clusters() {}

  static List<Cluster> of(List<StoredPassage> passages, int min) {
    Map<String, List<Cited>> sides = new TreeMap<>();
    for (StoredPassage p : passages) {
      sides.computeIfAbsent(p.a().doc(), d -> new ArrayList<>()).add(p.a());
      sides.computeIfAbsent(p.b().doc(), d -> new ArrayList<>()).add(p.b());
    }
    List<Cited> places = new ArrayList<>();
    for (List<Cited> inDoc : sides.values()) {
      places.addAll(merged(inDoc));
    }
    int[] parent = new int[places.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (StoredPassage p : passages) {
      union(parent, placeOf(places, p.a()), placeOf(places, p.b()));
    }
    Map<Integer, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < places.size(); i++) {
      groups.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(i);
    }
    List<Cluster> out = new ArrayList<>();
    for (List<Integer> g : groups.values()) {
      if (g.size() >= min) {
        List<Cited> in = g.stream().map(places::get).toList();
        List<Integer> ids = new ArrayList<>();
        for (StoredPassage p : passages) {
          if (g.contains(placeOf(places, p.a()))) {
            ids.add(p.id());
          }
        }
        ids.sort(Comparator.naturalOrder());
        out.add(new Cluster(out.size() + 1, in, ids));
      }
    }
    return out;
  }

  /** One document's sides joined where they overlap, by offset. */
  private static List<Cited> merged(List<Cited> inDoc) {
    List<Cited> sorted = new ArrayList<>(inDoc);
    sorted.sort(Comparator.comparing(Cited::span));
    List<Cited> out = new ArrayList<>();
    for (Cited c : sorted) {
      Cited last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && c.start() < last.end()) {
        out.set(
            out.size() - 1,
            Cited.of(
                last.doc(),
                last.start(),
                Math.max(last.end(), c.end()),
                last.lineStart(),
                Math.max(last.lineEnd(), c.lineEnd())));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /** The index of the place holding a side (places are sorted by document and offset). */
  private static int placeOf(List<Cited> places, Cited side) {
    int lo = 0;
    int hi = places.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Cited p = places.get(mid);
      int byDoc = p.doc().compareTo(side.doc());
      if (byDoc == 0 && p.start() <= side.start() && side.end() <= p.end()) {
        return mid;
      }
      if (byDoc < 0 || byDoc == 0 && p.end() <= side.start()) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    throw new IllegalStateException("no place holds " + side.cite());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int x, int y) {
    int rx = find(parent, x);
    int ry = find(parent, y);
    if (rx != ry) {
      parent[Math.max(rx, ry)] = Math.min(rx, ry);
    }
  }
}
