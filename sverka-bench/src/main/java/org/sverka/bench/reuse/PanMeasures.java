package org.sverka.bench.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The PAN text-alignment measures (Potthast, Stein, Barrón-Cedeño, Rosso: "An Evaluation Framework
 * for Plagiarism Detection", COLING 2010; as used in the PAN 2013-2015 text alignment tasks), and
 * passage-level counts, for reuse found between documents.
 *
 * <p>A truth case s and a detection r are each a pair of character spans in two documents (or two
 * places of one document). Reuse has no "suspicious" and "source" side, so a detection is matched
 * to a case in either orientation: side a to side a and b to b when the documents allow it, else
 * side a to b and b to a; when both orientations are possible (a case within one document), the one
 * with the larger overlap counts.
 *
 * <ul>
 *   <li><b>r detects s</b> iff in that orientation r's span overlaps s's span by at least one
 *       character on <em>both</em> sides. Then s ⊓ r is the characters of s that r covers, on both
 *       sides together; else s ⊓ r = ∅.
 *   <li><b>Character-level (macro-averaged) recall</b> = mean over cases s of |⋃_r (s ⊓ r)| / |s|,
 *       and <b>precision</b> = mean over detections r of |⋃_s (s ⊓ r)| / |r|, where |x| counts the
 *       characters of both sides. (PAN: with no cases and no detections both are 1; with either set
 *       empty both are 0.)
 *   <li><b>Granularity</b> = mean over the detected cases (those some r detects) of the number of
 *       detections that detect it; 1 when no case is detected. <b>plagdet</b> = F1 / log2(1 +
 *       granularity), with F1 the harmonic mean of character precision and recall.
 *   <li><b>Passage level</b>: a case is <em>found</em> iff some detection detects it; a detection
 *       is <em>correct</em> iff it detects some case. Passage recall = found / cases, precision =
 *       correct / detections (each 1 when its denominator is 0), F1 their harmonic mean. Passage
 *       level forgives fragmentation (granularity shows it) and merging (character precision shows
 *       it).
 * </ul>
 */
public final class PanMeasures {
  private PanMeasures() {}

  /** Two spans [start, end) of character offsets, in documents docA and docB. */
  public record Pair(String docA, int startA, int endA, String docB, int startB, int endB) {
    public int chars() {
      return (endA - startA) + (endB - startB);
    }
  }

  /** All the measures of one set of detections against one truth. */
  public record Scores(
      int cases,
      int detections,
      int found,
      int correct,
      double precision,
      double recall,
      double f1,
      double charPrecision,
      double charRecall,
      double charF1,
      double granularity,
      double plagdet) {}

  /**
   * Which detections detect which cases: {@code detectionsOf[s]} lists the detections that detect
   * case s, {@code casesOf[r]} the cases detection r detects.
   */
  public record Matching(
      List<Pair> truth, List<Pair> detections, int[][] detectionsOf, int[][] casesOf) {}

  public static Scores score(List<Pair> truth, List<Pair> detections) {
    return score(match(truth, detections));
  }

  public static Matching match(List<Pair> truth, List<Pair> detections) {
    Map<String, List<Integer>> byDocs = new HashMap<>();
    for (int s = 0; s < truth.size(); s++) {
      byDocs.computeIfAbsent(key(truth.get(s)), k -> new ArrayList<>()).add(s);
    }
    List<List<Integer>> detectionsOf = new ArrayList<>();
    for (int s = 0; s < truth.size(); s++) {
      detectionsOf.add(new ArrayList<>());
    }
    int[][] casesOf = new int[detections.size()][];
    for (int r = 0; r < detections.size(); r++) {
      List<Integer> found = new ArrayList<>();
      for (int s : byDocs.getOrDefault(key(detections.get(r)), List.of())) {
        if (orientation(truth.get(s), detections.get(r)) >= 0) {
          found.add(s);
          detectionsOf.get(s).add(r);
        }
      }
      casesOf[r] = found.stream().mapToInt(Integer::intValue).toArray();
    }
    int[][] ofCase = new int[truth.size()][];
    for (int s = 0; s < truth.size(); s++) {
      ofCase[s] = detectionsOf.get(s).stream().mapToInt(Integer::intValue).toArray();
    }
    return new Matching(truth, detections, ofCase, casesOf);
  }

  public static Scores score(Matching m) {
    List<Pair> truth = m.truth();
    List<Pair> detections = m.detections();
    int found = 0;
    long fragments = 0;
    double recallSum = 0;
    for (int s = 0; s < truth.size(); s++) {
      Pair c = truth.get(s);
      List<int[]> onA = new ArrayList<>();
      List<int[]> onB = new ArrayList<>();
      for (int r : m.detectionsOf()[s]) {
        int[][] o = overlaps(c, detections.get(r), orientation(c, detections.get(r)));
        onA.add(o[0]);
        onB.add(o[1]);
      }
      if (m.detectionsOf()[s].length > 0) {
        found++;
        fragments += m.detectionsOf()[s].length;
      }
      recallSum += (double) (union(onA) + union(onB)) / Math.max(1, c.chars());
    }
    int correct = 0;
    double precisionSum = 0;
    for (int r = 0; r < detections.size(); r++) {
      Pair d = detections.get(r);
      List<int[]> onA = new ArrayList<>();
      List<int[]> onB = new ArrayList<>();
      for (int s : m.casesOf()[r]) {
        int o = orientation(truth.get(s), d);
        int[][] x = overlaps(truth.get(s), d, o);
        // x is in the case's orientation; put it on the detection's sides
        onA.add(o == 0 ? x[0] : x[1]);
        onB.add(o == 0 ? x[1] : x[0]);
      }
      if (m.casesOf()[r].length > 0) {
        correct++;
      }
      precisionSum += (double) (union(onA) + union(onB)) / Math.max(1, d.chars());
    }
    double charRecall;
    double charPrecision;
    if (truth.isEmpty() && detections.isEmpty()) {
      charRecall = 1;
      charPrecision = 1;
    } else if (truth.isEmpty() || detections.isEmpty()) {
      charRecall = 0;
      charPrecision = 0;
    } else {
      charRecall = recallSum / truth.size();
      charPrecision = precisionSum / detections.size();
    }
    double granularity = found == 0 ? 1 : (double) fragments / found;
    double charF1 = f1(charPrecision, charRecall);
    double precision = detections.isEmpty() ? 1 : (double) correct / detections.size();
    double recall = truth.isEmpty() ? 1 : (double) found / truth.size();
    return new Scores(
        truth.size(),
        detections.size(),
        found,
        correct,
        precision,
        recall,
        f1(precision, recall),
        charPrecision,
        charRecall,
        charF1,
        granularity,
        charF1 / (Math.log(1 + granularity) / Math.log(2)));
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static String key(Pair p) {
    return p.docA().compareTo(p.docB()) <= 0
        ? p.docA() + '\0' + p.docB()
        : p.docB() + '\0' + p.docA();
  }

  /**
   * How r detects s: 0 = r's a on s's a and b on b, 1 = r's a on s's b and b on a, -1 = r does not
   * detect s.
   */
  static int orientation(Pair s, Pair r) {
    long direct = -1;
    long swapped = -1;
    if (s.docA().equals(r.docA()) && s.docB().equals(r.docB())) {
      int oa = overlap(s.startA(), s.endA(), r.startA(), r.endA());
      int ob = overlap(s.startB(), s.endB(), r.startB(), r.endB());
      if (oa > 0 && ob > 0) {
        direct = (long) oa + ob;
      }
    }
    if (s.docA().equals(r.docB()) && s.docB().equals(r.docA())) {
      int oa = overlap(s.startA(), s.endA(), r.startB(), r.endB());
      int ob = overlap(s.startB(), s.endB(), r.startA(), r.endA());
      if (oa > 0 && ob > 0) {
        swapped = (long) oa + ob;
      }
    }
    if (direct < 0 && swapped < 0) {
      return -1;
    }
    return direct >= swapped ? 0 : 1;
  }

  /** The overlaps of r with s's side a and side b, as [start, end) intervals, in orientation o. */
  private static int[][] overlaps(Pair s, Pair r, int o) {
    int ra0 = o == 0 ? r.startA() : r.startB();
    int ra1 = o == 0 ? r.endA() : r.endB();
    int rb0 = o == 0 ? r.startB() : r.startA();
    int rb1 = o == 0 ? r.endB() : r.endA();
    return new int[][] {
      {Math.max(s.startA(), ra0), Math.min(s.endA(), ra1)},
      {Math.max(s.startB(), rb0), Math.min(s.endB(), rb1)}
    };
  }

  static int overlap(int s0, int s1, int r0, int r1) {
    return Math.max(0, Math.min(s1, r1) - Math.max(s0, r0));
  }

  /** Length of the union of intervals (empty ones ignored). */
  static long union(List<int[]> intervals) {
    List<int[]> xs = new ArrayList<>();
    for (int[] x : intervals) {
      if (x[1] > x[0]) {
        xs.add(x);
      }
    }
    xs.sort((x, y) -> Integer.compare(x[0], y[0]));
    long total = 0;
    int curStart = Integer.MIN_VALUE;
    int curEnd = Integer.MIN_VALUE;
    for (int[] x : xs) {
      if (x[0] > curEnd) {
        if (curEnd > curStart) {
          total += curEnd - curStart;
        }
        curStart = x[0];
        curEnd = x[1];
      } else {
        curEnd = Math.max(curEnd, x[1]);
      }
    }
    if (curEnd > curStart) {
      total += curEnd - curStart;
    }
    return total;
  }
}
