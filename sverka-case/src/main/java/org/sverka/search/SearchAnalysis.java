package org.sverka.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.sverka.reuse.MatchKey;
import org.sverka.text.NormalizedText;
import org.sverka.text.Segmenter;

/**
 * How the search index reads words. One chain for the text and for queries: Unicode word breaks
 * (UAX #29, Lucene's {@link StandardTokenizer}: "G.P.U" stays one word, "Berman-Yurin" is two), the
 * English possessive dropped ("Nicolaiev's" is "Nicolaiev"), French elision dropped ("l'Humanité"
 * is "Humanité"), then folding: Unicode NFKC case folding (ICU) and diacritics removed (Lucene's
 * ASCII folding: "émigrés" is "emigres", "Coyoacán" "coyoacan", "ﬁ" "fi"; letters of other scripts
 * keep their diacritics). No stemming: a historian searches for the words written ("terror*" when
 * the forms are wanted).
 *
 * <p>Lucene's {@code ICUFoldingFilter} would do the two folding steps in one, but its data file
 * ({@code utr30.nrm}, ICU 74 format) is refused by the ICU4J this project uses (77.1).
 *
 * <p>A second chain gives the spelling-variant key ({@link MatchKey}) of each capitalised word, for
 * the fallback that finds "Nicolaiev" for "Nikolayev" when no entity tables say so.
 */
public final class SearchAnalysis {
  private SearchAnalysis() {}

  private static final CharArraySet ARTICLES = FrenchAnalyzer.DEFAULT_ARTICLES;

  private static TokenStream words(Tokenizer source) {
    return new ElisionFilter(new EnglishPossessiveFilter(source), ARTICLES);
  }

  private static final com.ibm.icu.text.Normalizer2 NFKC_CASEFOLD =
      com.ibm.icu.text.Normalizer2.getNFKCCasefoldInstance();

  private static TokenStream fold(TokenStream in) {
    return new ASCIIFoldingFilter(new ICUNormalizer2Filter(in, NFKC_CASEFOLD));
  }

  /** The text chain: words, folded. */
  public static Analyzer text() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, fold(words(source)));
      }
    };
  }

  /**
   * The variant chain: the {@link MatchKey} of each word; with {@code capitalisedOnly} (the index
   * side) only of words written with a capital, which are mostly names.
   */
  public static Analyzer variant(boolean capitalisedOnly) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream t = words(source);
        if (capitalisedOnly) {
          t = new CapitalisedOnly(t);
        }
        return new TokenStreamComponents(source, new VariantKey(t));
      }
    };
  }

  /** The variant key of a word as the index computes it, or "" if it has none. */
  public static String key(String word) {
    return MatchKey.of(Segmenter.fold(word));
  }

  /** Keeps only tokens that begin with an upper-case letter. */
  static final class CapitalisedOnly extends FilteringTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    CapitalisedOnly(TokenStream in) {
      super(in);
    }

    @Override
    protected boolean accept() {
      return term.length() > 0 && Character.isUpperCase(Character.codePointAt(term, 0));
    }
  }

  /** Replaces each token by its {@link MatchKey}; a token without one is dropped. */
  static final class VariantKey extends FilteringTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    VariantKey(TokenStream in) {
      super(in);
    }

    @Override
    protected boolean accept() {
      String k = key(term.toString());
      if (k.isEmpty()) {
        return false;
      }
      term.setEmpty().append(k);
      return true;
    }
  }

  /**
   * Moves the offsets of tokens read from a normalised sentence onto the original text: each
   * token's offsets become offsets into the original sentence (from {@code origBase}), so that a
   * match is marked in the original even where a line break or a hyphenated word was normalised.
   */
  static final class ToOriginal extends TokenFilter {
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final NormalizedText nt;
    private final int normBase;
    private final int origBase;
    private int lastStart;

    ToOriginal(TokenStream in, NormalizedText nt, int normBase, int origBase) {
      super(in);
      this.nt = nt;
      this.normBase = normBase;
      this.origBase = origBase;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      int s = nt.map().toOriginalStart(normBase + offset.startOffset()) - origBase;
      int e = nt.map().toOriginalEnd(normBase + offset.endOffset()) - origBase;
      s = Math.max(s, lastStart); // Lucene wants starts that never go back
      e = Math.max(e, s);
      lastStart = s;
      offset.setOffset(s, e);
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      lastStart = 0;
    }
  }
}
