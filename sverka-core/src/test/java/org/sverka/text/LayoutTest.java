package org.sverka.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.Corpus;
import org.sverka.document.DocumentBuilder;

class LayoutTest {

  static List<Paragraph> paragraphs(String text) {
    return new Segmenter().paragraphs(text, LineMap.of(text), DocumentBuilder.normalizerFor(text));
  }

  static Paragraph at(List<Paragraph> ps, int line) {
    return ps.stream()
        .filter(p -> p.lineStart() <= line && line <= p.lineEnd())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void doubleSpacedStalinVolumeJoinsWrappedLinesIntoParagraphs() throws IOException {
    List<Paragraph> ps = paragraphs(Corpus.text(Corpus.STALIN));
    // lines 11-15: one paragraph of two sentences, wrapped over three text lines
    Paragraph p = at(ps, 13);
    assertThat(p.lineStart()).isEqualTo(11);
    assertThat(p.lineEnd()).isEqualTo(15);
    assertThat(p.normalized().text())
        .isEqualTo(
            "By the end of 1927 the policy of the socialist industrialisation of the country had achieved"
                + " decisive successes. The Bolshevik Party and the Soviet people were faced with the urgent"
                + " task of passing to the collectivisation of agriculture.");
    assertThat(p.sentences()).hasSize(2);
    // a heading stands alone: "Speech Delivered on August 1" (line 100)
    assertThat(at(ps, 100).lineStart()).isEqualTo(100);
    assertThat(at(ps, 100).lineEnd()).isEqualTo(100);
  }

  @Test
  void onePerLineTranscriptionsKeepEachLineAParagraph() throws IOException {
    List<Paragraph> ps = paragraphs(Corpus.text(Corpus.DEWEY));
    Paragraph bristol = at(ps, 307);
    assertThat(bristol.lineStart()).isEqualTo(307);
    assertThat(bristol.lineEnd()).isEqualTo(307);
    assertThat(bristol.boilerplate()).isFalse();
    assertThat(bristol.normalized().text()).contains("Hotel Bristol");
    // list items on adjacent lines are separate paragraphs
    assertThat(at(ps, 300)).isNotEqualTo(at(ps, 301));
  }

  @Test
  void siteBoilerplateIsMarkedButKept() throws IOException {
    List<Paragraph> dewey = paragraphs(Corpus.text(Corpus.DEWEY));
    assertThat(at(dewey, 434).boilerplate()).as("navigation bar").isTrue();
    assertThat(at(dewey, 436).boilerplate()).as("return return return").isTrue();
    assertThat(at(dewey, 438).boilerplate()).as("Last updated on:").isTrue();
    List<Paragraph> comp = paragraphs(Corpus.text(Corpus.COMPILATION));
    assertThat(at(comp, 1).boilerplate()).as("breadcrumb").isTrue();
    assertThat(at(comp, 503).boilerplate()).as("Read also").isTrue();
    assertThat(at(comp, 515).boilerplate()).as("comment form after Read also").isTrue();
    assertThat(at(comp, 498).boilerplate()).as("the last paragraph of the text").isFalse();
    List<Paragraph> reply = paragraphs(Corpus.text(Corpus.REPLY));
    assertThat(at(reply, 80).boilerplate()).isTrue();
    assertThat(at(reply, 11).boilerplate()).as("Transcription/HTML Markup: line").isTrue();
    long textParas = reply.stream().filter(p -> !p.boilerplate()).count();
    assertThat(textParas).isGreaterThan(15);
  }

  @Test
  void boilerplateLines() {
    assertThat(
            Boilerplate.isBoilerplateLine("Home > 06- POLITICS > 4- Socialism > Trotsky’s answer"))
        .isTrue();
    assertThat(Boilerplate.isBoilerplateLine("return return return return return")).isTrue();
    assertThat(Boilerplate.isBoilerplateLine("Last updated on: 22.4.2007")).isTrue();
    assertThat(
            Boilerplate.isBoilerplateLine(
                "Last Part   |   Case of Leon Trotsky Index   |   Next Part"))
        .isTrue();
    assertThat(Boilerplate.isBoilerplateLine("The vote was 5 > 3 in favour.")).isFalse();
    assertThat(
            Boilerplate.isBoilerplateLine(
                "Next question. Why did not the Central Committee publish it?"))
        .isFalse();
    assertThat(Boilerplate.startsTail("Read also")).isTrue();
  }
}
