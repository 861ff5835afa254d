package org.sverka.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.entities.Authority;
import org.sverka.store.CaseFile;

/** The derived stages' order, names and messages, which existing cases' stamps depend on. */
class StagesTest {
  @Test
  void stagesRunInTheirFixedOrderUnderTheirStampNames(@TempDir Path tmp) throws Exception {
    try (CaseFile cf = CaseFile.open(tmp)) {
      StageContext context = new StageContext(cf, 1, true);
      assertThat(Stages.all(Authority.NONE, context).stream().map(Stage::name))
          .containsExactly("mentions", "entities", "reuse", "quotes", "dates-figures", "search");
      assertThat(Stages.all(Authority.NONE, context).stream().map(Stage::message))
          .containsExactly(
              "finding names",
              "resolving entities",
              "finding reuse",
              "checking quotations",
              "finding dates and figures",
              "indexing for search");
    }
  }

  @Test
  void theQuotationStampHoldsTheEntityStampOfTheSameRun(@TempDir Path tmp) throws Exception {
    try (CaseFile cf = CaseFile.open(tmp)) {
      StageContext context = new StageContext(cf, 1, true);
      Stage quotes = new QuoteStage.InCase();
      assertThatThrownBy(() -> quotes.stamp(context)).isInstanceOf(IllegalStateException.class);
      context.stamped("entities", "entities:E");
      assertThat(quotes.stamp(context))
          .isEqualTo("quotes:" + QuoteStage.VERSION + ":" + context.reuseStamp() + ":entities:E");
    }
  }

  @Test
  void withoutNamesTheMentionStageIsNeverDue(@TempDir Path tmp) throws Exception {
    try (CaseFile cf = CaseFile.open(tmp)) {
      Stage mentions = Stages.all(Authority.NONE, new StageContext(cf, 1, true)).get(0);
      assertThat(mentions.due(new StageContext(cf, 1, false), "a", "b")).isFalse();
      assertThat(mentions.due(new StageContext(cf, 1, true), "a", "b")).isTrue();
      assertThat(mentions.due(new StageContext(cf, 1, true), "a", "a")).isFalse();
    }
  }
}
