package org.sverka.stage;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sverka.document.DocumentBuilder;
import org.sverka.entities.Gazetteer;
import org.sverka.entities.Mention;
import org.sverka.entities.MentionFinder;
import org.sverka.entities.NameTagger;
import org.sverka.store.CaseFile;
import org.sverka.store.DocumentTables;
import org.sverka.store.MentionTables;
import org.sverka.store.StoredDocument;
import org.sverka.text.LineMap;
import org.sverka.text.Segmenter;

/**
 * The mention stage of {@code sverka analyze}, over the whole case: reads the name tags that the
 * per-document phase stored ({@link NameTagger}, table {@code ner_tags}), finds the mentions with
 * {@link MentionFinder} and replaces the {@code mentions} table. It costs no CRF time: re-running
 * it (a document added, the authority file changed) re-reads the stored tags. Documents are
 * segmented again from their stored text, as the reuse stage does.
 */
public final class MentionStage implements Stage {
  private final Gazetteer outside;

  /**
   * @param outside names from outside the text (the authority file); an empty gazetteer for none
   */
  public MentionStage(Gazetteer outside) {
    this.outside = outside == null ? new Gazetteer() : outside;
  }

  /** A stamp of the stage's inputs besides the documents: its version and the outside names. */
  public String stamp() {
    StringBuilder b = new StringBuilder(MentionFinder.VERSION);
    for (Gazetteer.Entry e : outside.entries()) {
      b.append('|').append(e.form()).append('=').append(e.type()).append('/').append(e.source());
    }
    return MentionFinder.VERSION + ":" + Integer.toHexString(b.toString().hashCode());
  }

  @Override
  public String name() {
    return "mentions";
  }

  @Override
  public String message() {
    return "finding names";
  }

  /** Its version and outside names, with the documents' stamp. */
  @Override
  public String stamp(StageContext context) throws SQLException {
    return "mentions:" + stamp() + ":" + context.reuseStamp();
  }

  /** Only when names are found. */
  @Override
  public boolean due(StageContext context, String stamp, String stored) {
    return context.names() && !stamp.equals(stored);
  }

  @Override
  public void run(StageContext context, String stamp) throws SQLException {
    run(context.caseFile());
  }

  /** The case's documents as the finder reads them, with their stored tags. */
  public static List<MentionFinder.Doc> load(CaseFile cf) throws SQLException {
    Map<String, List<NameTagger.Tagged>> tags = MentionTables.tags(cf);
    Segmenter segmenter = new Segmenter();
    List<MentionFinder.Doc> docs = new ArrayList<>();
    for (String id : new DocumentTables(cf).documentIds()) {
      StoredDocument d = new DocumentTables(cf).document(id, true).orElseThrow();
      String text = d.text();
      LineMap lines = LineMap.of(text);
      docs.add(
          new MentionFinder.Doc(
              id,
              text,
              lines,
              segmenter.paragraphs(text, lines, DocumentBuilder.normalizerFor(text)),
              tags.getOrDefault(id, List.of())));
    }
    return docs;
  }

  /** Finds and stores the mentions of the whole case; returns how many. */
  public int run(CaseFile cf) throws SQLException {
    List<Mention> mentions = new MentionFinder(outside).find(load(cf));
    MentionTables.replaceMentions(cf, mentions);
    return mentions.size();
  }
}
