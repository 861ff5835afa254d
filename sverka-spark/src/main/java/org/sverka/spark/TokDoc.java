package org.sverka.spark;

import java.io.Serializable;
import org.sverka.reuse.DocTokens;
import org.sverka.reuse.Vocabulary;

/**
 * One document as the job ships it between machines: its original text, dates and tokens, with its
 * words spelled out (word ids belong to a vocabulary, and each task builds its own), and for each
 * word the number of segments it occurs in: in this document when tokenised, in the whole corpus
 * once the counts are aggregated.
 */
final class TokDoc implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Position in corpus order (document ids sorted), as in the embedded engine's index. */
  long idx = -1;

  String id;
  String text;
  String date;
  int[] partStarts;
  String[] partDates;

  /** The document's distinct folded words, in order of first appearance. */
  String[] words;

  /** For each token, its word's index in {@link #words}; and its original span. */
  int[] tok;

  int[] start;
  int[] end;

  /** For each word, the segments it occurs in (this document's, then the corpus's). */
  int[] segmentCounts;

  /** This document's segments. */
  int segments;

  TokDoc() {}

  /** From a document read into a vocabulary of its own. */
  static TokDoc of(DocTokens t, Vocabulary own) {
    TokDoc d = new TokDoc();
    d.id = t.doc;
    d.text = t.text;
    d.date = t.date;
    d.partStarts = t.partStarts();
    d.partDates = t.partDates();
    int nw = own.size();
    d.words = new String[nw];
    d.segmentCounts = new int[nw];
    for (int w = 0; w < nw; w++) {
      d.words[w] = own.word(w);
      d.segmentCounts[w] = own.segmentCount(w);
    }
    int n = t.size();
    d.tok = new int[n];
    d.start = new int[n];
    d.end = new int[n];
    for (int i = 0; i < n; i++) {
      d.tok[i] = t.word(i);
      d.start[i] = t.start(i);
      d.end[i] = t.end(i);
    }
    d.segments = own.segments();
    return d;
  }

  /** The document's tokens in {@code v} (its words are added to it, uncounted). */
  DocTokens tokens(Vocabulary v) {
    int[] ids = new int[words.length];
    for (int w = 0; w < words.length; w++) {
      ids[w] = v.intern(words[w]);
    }
    DocTokens t = new DocTokens(id, text, date).withPartDates(partStarts, partDates);
    for (int i = 0; i < tok.length; i++) {
      t.append(ids[tok[i]], start[i], end[i]);
    }
    return t;
  }

  /** Copies this document's corpus segment counts into {@code counts}, by the ids of {@code v}. */
  void corpusCounts(Vocabulary v, int[] counts) {
    for (int w = 0; w < words.length; w++) {
      counts[v.intern(words[w])] = segmentCounts[w];
    }
  }
}
