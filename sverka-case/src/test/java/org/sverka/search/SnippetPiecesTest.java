package org.sverka.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.search.Snippet.Piece;
import org.sverka.search.Snippet.Piece.Kind;

class SnippetPiecesTest {
  private static final String SENTENCE = "Zinoviev  and\n<Trotsky> \"said\" it";

  /** A hit on SENTENCE (at offset 100 of its document) matching the given words of it. */
  private static Hit hit(String... words) {
    return Hits.on(SENTENCE, words);
  }

  @Test
  void piecesAreTheTextWithWhereEachMatchOpensAndCloses() {
    assertThat(Snippet.pieces(hit("Zinoviev", "Trotsky")))
        .containsExactly(
            new Piece(Kind.OPEN, ""),
            new Piece(Kind.TEXT, "Zinoviev"),
            new Piece(Kind.CLOSE, ""),
            new Piece(Kind.TEXT, " and <"),
            new Piece(Kind.OPEN, ""),
            new Piece(Kind.TEXT, "Trotsky"),
            new Piece(Kind.CLOSE, ""),
            new Piece(Kind.TEXT, "> \"said\" it"));
  }

  @Test
  void theTextStyleWritesThePieces() {
    Hit h = hit("Zinoviev", "Trotsky");
    assertThat(Snippet.of(h)).isEqualTo("«Zinoviev» and <«Trotsky»> \"said\" it");
  }

  @Test
  void aMatchAtTheEndClosesAfterItsLastCharacter() {
    List<Piece> pieces = Snippet.pieces(hit("it"));
    assertThat(pieces.get(pieces.size() - 1)).isEqualTo(new Piece(Kind.CLOSE, ""));
    assertThat(pieces.get(0)).isEqualTo(new Piece(Kind.TEXT, "Zinoviev and <Trotsky> \"said\" "));
  }
}
