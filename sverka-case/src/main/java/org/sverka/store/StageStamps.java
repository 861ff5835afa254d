package org.sverka.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The stamps the derived stages last ran with (table {@code stages}). */
public final class StageStamps {
  private final Connection db;

  public StageStamps(CaseFile cf) {
    this.db = cf.connection();
  }

  /** The stamp a derived stage last ran with (inputs' fingerprint), or null. */
  public String stageStamp(String name) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("SELECT stamp FROM stages WHERE name=?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  public void setStageStamp(String name, String stamp, long runId) throws SQLException {
    try (PreparedStatement ps =
        db.prepareStatement("INSERT OR REPLACE INTO stages(name, stamp, run_id) VALUES (?,?,?)")) {
      ps.setString(1, name);
      ps.setString(2, stamp);
      ps.setLong(3, runId);
      ps.executeUpdate();
    }
  }
}
