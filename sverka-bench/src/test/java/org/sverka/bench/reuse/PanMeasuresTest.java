package org.sverka.bench.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.bench.reuse.PanMeasures.Pair;
import org.sverka.bench.reuse.PanMeasures.Scores;

class PanMeasuresTest {
  static final double EPS = 1e-9;

  static Pair p(int a0, int a1, int b0, int b1) {
    return new Pair("x", a0, a1, "y", b0, b1);
  }

  @Test
  void perfectDetectionScoresOneEverywhere() {
    List<Pair> truth = List.of(p(0, 100, 0, 100), p(200, 300, 400, 450));
    Scores s = PanMeasures.score(truth, truth);
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.f1()).isEqualTo(1.0);
    assertThat(s.charPrecision()).isEqualTo(1.0);
    assertThat(s.charRecall()).isEqualTo(1.0);
    assertThat(s.granularity()).isEqualTo(1.0);
    assertThat(s.plagdet()).isCloseTo(1.0, within(EPS));
  }

  @Test
  void halfACaseIsHalfItsCharacters() {
    Scores s = PanMeasures.score(List.of(p(0, 100, 0, 100)), List.of(p(0, 50, 0, 50)));
    assertThat(s.charRecall()).isCloseTo(0.5, within(EPS));
    assertThat(s.charPrecision()).isCloseTo(1.0, within(EPS));
    assertThat(s.charF1()).isCloseTo(2 / 3.0, within(EPS));
    assertThat(s.plagdet()).isCloseTo(2 / 3.0, within(EPS));
    assertThat(s.f1()).isEqualTo(1.0);
  }

  @Test
  void twoFragmentsOfOneCaseHaveGranularityTwo() {
    Scores s =
        PanMeasures.score(
            List.of(p(0, 100, 0, 100)), List.of(p(0, 50, 0, 50), p(50, 100, 50, 100)));
    assertThat(s.charRecall()).isCloseTo(1.0, within(EPS));
    assertThat(s.charPrecision()).isCloseTo(1.0, within(EPS));
    assertThat(s.granularity()).isEqualTo(2.0);
    assertThat(s.plagdet()).isCloseTo(1 / (Math.log(3) / Math.log(2)), within(EPS));
    assertThat(s.f1()).isEqualTo(1.0);
    assertThat(s.correct()).isEqualTo(2);
  }

  @Test
  void overlappingDetectionsAreCountedOnceInRecall() {
    Scores s =
        PanMeasures.score(
            List.of(p(0, 100, 0, 100)), List.of(p(0, 60, 0, 60), p(40, 100, 40, 100)));
    assertThat(s.charRecall()).isCloseTo(1.0, within(EPS));
    assertThat(s.granularity()).isEqualTo(2.0);
  }

  @Test
  void aDetectionMergingTwoCasesLosesPrecisionNotRecall() {
    Scores s =
        PanMeasures.score(
            List.of(p(0, 100, 0, 100), p(200, 300, 200, 300)), List.of(p(0, 300, 0, 300)));
    assertThat(s.charRecall()).isCloseTo(1.0, within(EPS));
    assertThat(s.charPrecision()).isCloseTo(400 / 600.0, within(EPS));
    assertThat(s.granularity()).isEqualTo(1.0);
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
  }

  @Test
  void charactersAreMacroAveragedOverCasesAndDetections() {
    // case 1 (200 chars) found whole, case 2 (600 chars) half: macro recall (1 + 0.5) / 2
    // (micro would be 500 / 800)
    List<Pair> truth = List.of(p(0, 100, 0, 100), p(1000, 1300, 1000, 1300));
    List<Pair> found = List.of(p(0, 100, 0, 100), p(1000, 1150, 1000, 1150));
    Scores s = PanMeasures.score(truth, found);
    assertThat(s.charRecall()).isCloseTo(0.75, within(EPS));
    // both detections lie wholly inside their cases
    assertThat(s.charPrecision()).isCloseTo(1.0, within(EPS));
    // a detection of 400 chars of which 100 are in a case of 200
    Scores t =
        PanMeasures.score(
            List.of(p(0, 100, 0, 100)), List.of(p(50, 250, 50, 250), p(0, 50, 0, 50)));
    // detection 1: 50 + 50 of 400 = 0.25; detection 2: 1; macro (0.25 + 1) / 2
    assertThat(t.charPrecision()).isCloseTo(0.625, within(EPS));
  }

  @Test
  void aDetectionNowhereNearIsAFalsePositiveAndTheCaseIsMissed() {
    Scores s = PanMeasures.score(List.of(p(0, 100, 0, 100)), List.of(p(500, 600, 500, 600)));
    assertThat(s.found()).isZero();
    assertThat(s.correct()).isZero();
    assertThat(s.precision()).isZero();
    assertThat(s.recall()).isZero();
    assertThat(s.f1()).isZero();
    assertThat(s.charPrecision()).isZero();
    assertThat(s.charRecall()).isZero();
    assertThat(s.granularity()).isEqualTo(1.0);
    assertThat(s.plagdet()).isZero();
  }

  @Test
  void overlappingOnlyOneSideDoesNotDetect() {
    Scores s = PanMeasures.score(List.of(p(0, 100, 0, 100)), List.of(p(0, 100, 300, 400)));
    assertThat(s.found()).isZero();
    assertThat(s.charRecall()).isZero();
  }

  @Test
  void otherDocumentsDoNotDetect() {
    Scores s =
        PanMeasures.score(List.of(p(0, 100, 0, 100)), List.of(new Pair("x", 0, 100, "z", 0, 100)));
    assertThat(s.found()).isZero();
  }

  @Test
  void sidesMayBeSwapped() {
    Scores s =
        PanMeasures.score(
            List.of(p(0, 100, 200, 300)), List.of(new Pair("y", 200, 300, "x", 0, 50)));
    assertThat(s.found()).isEqualTo(1);
    assertThat(s.charRecall()).isCloseTo(150 / 200.0, within(EPS));
    assertThat(s.charPrecision()).isCloseTo(1.0, within(EPS));
  }

  @Test
  void aCaseWithinOneDocumentMatchesInTheBetterOrientation() {
    Pair truth = new Pair("x", 0, 100, "x", 500, 600);
    Pair found = new Pair("x", 500, 600, "x", 0, 100);
    Scores s = PanMeasures.score(List.of(truth), List.of(found));
    assertThat(s.charRecall()).isCloseTo(1.0, within(EPS));
    assertThat(s.charPrecision()).isCloseTo(1.0, within(EPS));
  }

  @Test
  void emptySetsFollowPan() {
    Scores none = PanMeasures.score(List.of(), List.of());
    assertThat(none.charPrecision()).isEqualTo(1.0);
    assertThat(none.charRecall()).isEqualTo(1.0);
    assertThat(none.f1()).isEqualTo(1.0);
    Scores noTruth = PanMeasures.score(List.of(), List.of(p(0, 10, 0, 10)));
    assertThat(noTruth.charPrecision()).isZero();
    assertThat(noTruth.precision()).isZero();
    assertThat(noTruth.recall()).isEqualTo(1.0);
    Scores nothingFound = PanMeasures.score(List.of(p(0, 10, 0, 10)), List.of());
    assertThat(nothingFound.charRecall()).isZero();
    assertThat(nothingFound.recall()).isZero();
    assertThat(nothingFound.precision()).isEqualTo(1.0);
  }

  @Test
  void matchingListsWhoDetectsWhom() {
    List<Pair> truth = List.of(p(0, 100, 0, 100), p(200, 300, 200, 300));
    List<Pair> found = List.of(p(0, 300, 0, 300), p(900, 950, 900, 950));
    PanMeasures.Matching m = PanMeasures.match(truth, found);
    assertThat(m.detectionsOf()[0]).containsExactly(0);
    assertThat(m.detectionsOf()[1]).containsExactly(0);
    assertThat(m.casesOf()[0]).containsExactly(0, 1);
    assertThat(m.casesOf()[1]).isEmpty();
    ReuseRun.Failures f = ReuseRun.failures(m);
    assertThat(f).isEqualTo(new ReuseRun.Failures(0, 0, 1, 1));
  }
}
