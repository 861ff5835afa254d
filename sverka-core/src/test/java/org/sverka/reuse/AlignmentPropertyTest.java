package org.sverka.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Alignment invariants on random texts with a planted, edited copy: the ops of every passage
 * re-create both sides exactly, tile them in order, and count their tokens right.
 */
class AlignmentPropertyTest {
  private static final String[] WORDS =
      ("the of and to a in that is was he for it with as his on be at by had not are but from or"
              + " have an they which one you were her all she there would their we him been has when"
              + " party committee opposition revolution peasantry proletariat bureaucracy terror"
              + " Zinoviev Kamenev Trotsky Stalin Kirov Nicolaiev Bulletin congress plenum soviet"
              + " declaration letter commission hotel Copenhagen Bristol workers state capitalist"
              + " international question socialism victory country masses struggle article")
          .split(" ");

  static String sentence(Random r, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String w = WORDS[r.nextInt(WORDS.length)];
      b.append(i == 0 ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
      b.append(i == words - 1 ? ". " : r.nextInt(12) == 0 ? ", " : r.nextInt(20) == 0 ? "\n" : " ");
    }
    return b.toString();
  }

  static String edit(Random r, String text, double rate) {
    StringBuilder b = new StringBuilder();
    for (String w : text.split(" ")) {
      double x = r.nextDouble();
      if (x < rate / 3) {
        continue; // drop a word
      } else if (x < 2 * rate / 3) {
        b.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
      } else if (x < rate) {
        b.append(w).append(' ').append(WORDS[r.nextInt(WORDS.length)]).append(' ');
      } else {
        b.append(w).append(' ');
      }
    }
    return b.toString();
  }

  @Property(tries = 60)
  void opsRecreateBothSidesExactly(
      @ForAll long seed,
      @ForAll @IntRange(min = 20, max = 200) int shared,
      @ForAll @DoubleRange(min = 0, max = 0.3) double rate) {
    Random r = new Random(seed);
    StringBuilder source = new StringBuilder();
    StringBuilder passage = new StringBuilder();
    while (passage.length() < shared * 6) {
      passage.append(sentence(r, 8 + r.nextInt(15)));
    }
    source
        .append(sentence(r, 30))
        .append("\n\n")
        .append(passage)
        .append("\n\n")
        .append(sentence(r, 30));
    String copy =
        sentence(r, 20) + " \"" + edit(r, passage.toString(), rate) + "\" " + sentence(r, 20);
    ReuseFixtures.Corpus c = ReuseFixtures.corpus("a", source.toString(), "b", copy);
    List<Passage> found =
        new ReuseDetector(ReuseDetector.Options.defaults().withMinWords(5).withThreads(1))
            .detect(c.docs(), c.vocabulary());
    if (shared >= 40 && rate <= 0.15) {
      assertThat(found).as("a planted copy of %d words at %.2f edits", shared, rate).isNotEmpty();
    }
    for (Passage p : found) {
      checkInvariants(c, p);
    }
  }

  static void checkInvariants(ReuseFixtures.Corpus c, Passage p) {
    String a = c.doc(p.docA()).text;
    String b = c.doc(p.docB()).text;
    StringBuilder ra = new StringBuilder();
    StringBuilder rb = new StringBuilder();
    int ta = 0;
    int tb = 0;
    int posA = p.a().start();
    int posB = p.b().start();
    for (AlignOp o : p.ops()) {
      assertThat(o.a().start()).isEqualTo(posA);
      assertThat(o.b().start()).isEqualTo(posB);
      posA = o.a().end();
      posB = o.b().end();
      ra.append(a, o.a().start(), o.a().end());
      rb.append(b, o.b().start(), o.b().end());
      ta += o.tokensA();
      tb += o.tokensB();
      switch (o.op()) {
        case OMITTED -> assertThat(o.b().length()).isZero();
        case ADDED -> assertThat(o.a().length()).isZero();
        case EQUAL -> assertThat(o.tokensA()).isEqualTo(o.tokensB());
        case CHANGED -> assertThat(o.tokensA()).isEqualTo(o.tokensB());
      }
    }
    assertThat(ra.toString()).isEqualTo(a.substring(p.a().start(), p.a().end()));
    assertThat(rb.toString()).isEqualTo(b.substring(p.b().start(), p.b().end()));
    assertThat(ta).isEqualTo(p.tokensA());
    assertThat(tb).isEqualTo(p.tokensB());
    assertThat(p.identity()).isBetween(0.0, 1.0);
    if (p.docA().equals(p.docB())) {
      assertThat(p.a().overlaps(p.b())).isFalse();
    }
  }

  @Test
  void anOmittedSentenceKeepsTheQuotationOnePassage() {
    Random r = new Random(7);
    String s1 = sentence(r, 25);
    String s2 = sentence(r, 30);
    String s3 = sentence(r, 25);
    String s4 = sentence(r, 20);
    String source = sentence(r, 40) + "\n\n" + s1 + s2 + s3 + s4 + "\n\n" + sentence(r, 40);
    String quoting = sentence(r, 30) + " He wrote: \"" + s1 + s3 + s4 + "\" " + sentence(r, 30);
    ReuseFixtures.Corpus c = ReuseFixtures.corpus("source", source, "quoting", quoting);
    List<Passage> found =
        new ReuseDetector(ReuseDetector.Options.defaults().withThreads(1))
            .detect(c.docs(), c.vocabulary());
    assertThat(found).hasSize(1);
    Passage p = found.get(0);
    checkInvariants(c, p);
    List<String> omitted = new ArrayList<>();
    for (AlignOp o : p.ops()) {
      if (o.op() == Op.OMITTED) {
        omitted.add(c.text(p.docA(), o.a()).strip());
      }
    }
    assertThat(String.join(" ", omitted)).isEqualTo(s2.strip());
    assertThat(p.kind()).isEqualTo(Passage.Kind.ABRIDGED);
  }

  @Test
  void aGenericPhraseSharedByManyDocumentsMakesNoPassage() {
    String formula = "of the Joint Plenum of the Central Committee and Central Control Commission";
    List<String> args = new ArrayList<>();
    Random r = new Random(3);
    for (int i = 0; i < 30; i++) {
      args.add("d" + i);
      args.add(sentence(r, 40) + " Decisions " + formula + " were read. " + sentence(r, 40));
    }
    ReuseFixtures.Corpus c = ReuseFixtures.corpus(args.toArray(String[]::new));
    assertThat(
            new ReuseDetector(ReuseDetector.Options.defaults().withThreads(1))
                .detect(c.docs(), c.vocabulary()))
        .isEmpty();
  }
}
