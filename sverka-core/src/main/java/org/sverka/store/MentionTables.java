package org.sverka.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sverka.claims.MentionedSentence;
import org.sverka.entities.EntityType;
import org.sverka.entities.Mention;

/**
 * Reads the {@code mentions} and {@code entities} tables (migration 4, filled by the entity stage)
 * sentence by sentence, for {@code suggest-claims} and {@code drift}.
 */
public final class MentionTables {
  private MentionTables() {}

  /**
   * The sentences that have at least one mention, with their mentions (and linked entities), in
   * document and sentence order; {@code doc} null for every document.
   */
  public static List<MentionedSentence> sentences(CaseFile cf, String doc) throws SQLException {
    String sql =
        "SELECT m.doc, m.sentence, s.start, s.end, m.start, m.end, m.line_start, m.line_end,"
            + " m.form, m.type, m.role, m.source, m.entity, e.name"
            + " FROM mentions m JOIN sentences s ON s.doc = m.doc AND s.ord = m.sentence"
            + " LEFT JOIN entities e ON e.id = m.entity"
            + (doc == null ? "" : " WHERE m.doc = ?")
            + " ORDER BY m.doc, m.sentence, m.start, m.end, m.id";
    List<MentionedSentence> out = new ArrayList<>();
    try (PreparedStatement ps = cf.connection().prepareStatement(sql)) {
      if (doc != null) {
        ps.setString(1, doc);
      }
      try (ResultSet rs = ps.executeQuery()) {
        String curDoc = null;
        int curOrd = -1;
        int sStart = 0;
        int sEnd = 0;
        List<MentionedSentence.Named> ms = new ArrayList<>();
        while (rs.next()) {
          String d = rs.getString(1);
          int ord = rs.getInt(2);
          if (!d.equals(curDoc) || ord != curOrd) {
            if (curDoc != null) {
              out.add(new MentionedSentence(curDoc, curOrd, sStart, sEnd, ms));
            }
            curDoc = d;
            curOrd = ord;
            sStart = rs.getInt(3);
            sEnd = rs.getInt(4);
            ms = new ArrayList<>();
          }
          Mention m =
              new Mention(
                  d,
                  rs.getInt(5),
                  rs.getInt(6),
                  rs.getInt(7),
                  rs.getInt(8),
                  ord,
                  rs.getString(9),
                  EntityType.valueOf(rs.getString(10)),
                  Mention.Role.valueOf(rs.getString(11)),
                  rs.getString(12));
          ms.add(new MentionedSentence.Named(m, rs.getString(13), rs.getString(14)));
        }
        if (curDoc != null) {
          out.add(new MentionedSentence(curDoc, curOrd, sStart, sEnd, ms));
        }
      }
    }
    return out;
  }
}
