package org.sverka.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** MentionFinder's realm nouns, written as one string, are still exactly these words. */
class MentionFinderWordsTest {
  @Test
  void realmsInAnyCaseAreTheListedNouns() {
    assertEquals(
        Set.of(
            "kingdom",
            "kingdoms",
            "republic",
            "republics",
            "province",
            "provinces",
            "state",
            "states",
            "duchy",
            "county",
            "colony",
            "colonies",
            "commonwealth",
            "principality",
            "electorate",
            "canton",
            "cantons",
            "shire",
            "palatinate",
            "margraviate",
            "viceroyalty"),
        MentionFinder.REALMS_ANY_CASE);
  }
}
