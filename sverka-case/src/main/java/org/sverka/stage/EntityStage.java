package org.sverka.stage;

import java.sql.SQLException;
import org.sverka.entities.Authority;
import org.sverka.entities.Resolver;
import org.sverka.store.CaseFile;
import org.sverka.store.EntityTables;

/**
 * The entity stage of {@code sverka analyze}: after the mention stage has filled table {@code
 * mentions}, clusters the mentions into entities ({@link Resolver}, with the user's {@link
 * Authority}) and writes table {@code entities} and each mention's {@code entity}.
 */
public final class EntityStage implements Stage {
  /** Bump when resolution changes its output. */
  public static final String VERSION = "4";

  private final Authority authority;

  public EntityStage(Authority authority) {
    this.authority = authority == null ? Authority.NONE : authority;
  }

  /**
   * The stamp of this stage's input: its version, the authority file's content and what the mention
   * stage found; the stage is due when it differs from the stored one.
   */
  public String stamp(CaseFile cf) throws SQLException {
    return "entities:"
        + VERSION
        + ":"
        + authority.hash()
        + ":"
        + new EntityTables(cf).mentionsHash();
  }

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public String message() {
    return "resolving entities";
  }

  /**
   * With the mention stage's stamp of this run: a mention stage that re-ran (its version bumped)
   * rewrote table {@code mentions} without entities, even when it found the same mentions.
   */
  @Override
  public String stamp(StageContext context) throws SQLException {
    return stamp(context.caseFile())
        + ":"
        + Integer.toHexString(context.stampOf("mentions").hashCode());
  }

  @Override
  public void run(StageContext context, String stamp) throws SQLException {
    run(context.caseFile());
  }

  /** Resolves and stores; returns how many entities. */
  public int run(CaseFile cf) throws SQLException {
    EntityTables t = new EntityTables(cf);
    Resolver.Result r = new Resolver(authority).resolve(t.resolverInput());
    t.replace(r);
    return r.entities().size();
  }
}
