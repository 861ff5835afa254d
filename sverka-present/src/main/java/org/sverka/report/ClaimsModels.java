package org.sverka.report;

import gg.jte.Content;
import java.util.List;

/** What the claims pages' templates ({@code src/main/jte/claims/}) are given to show. */
public final class ClaimsModels {
  private ClaimsModels() {}

  /**
   * A claims page that checks nothing: no claims file ({@code problems} null), or one with
   * problems.
   */
  public record Unchecked(
      Content nav,
      String title,
      boolean served,
      String noFile,
      String fileName,
      List<String> problems) {}

  /** The findings page. */
  public record Findings(
      Content nav,
      List<FindingView> findings,
      long definite,
      int claims,
      String fileName,
      boolean editable,
      List<Event> events) {}

  /** An event with a versions page. */
  public record Event(String name, String page) {}

  /** One finding, numbered from 1. */
  public record FindingView(
      int n,
      String certainty,
      String type,
      String claims,
      String explanation,
      List<CitationView> citations) {}

  /** A finding's citation: its link (HTML), the claim it is of (null: a place) and its text. */
  public record CitationView(String link, String claim, String text) {}

  /** The claims page. */
  public record Claims(Content nav, List<ClaimRow> claims, String fileName, boolean editable) {}

  /** One claim of the claims page; {@code link} is HTML. */
  public record ClaimRow(
      String id,
      boolean established,
      String says,
      String saidBy,
      String saidOn,
      String link,
      String text) {}

  /** The version matrix page of one event. */
  public record Versions(Content nav, String event, List<String> slots, List<VersionRow> rows) {}

  /** One version: its cells by slot (null: nothing said) and its citations' links (HTML). */
  public record VersionRow(String saidOn, String saidBy, List<String> cells, List<String> links) {}

  /** The overview's list of definite findings. */
  public record Overview(int definite, int total, List<FindingView> shown) {}
}
