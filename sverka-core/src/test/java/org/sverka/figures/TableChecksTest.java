package org.sverka.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.figures.Check.Kind;
import org.sverka.figures.Check.Verdict;
import org.sverka.text.LineMap;

/**
 * Tables of figures in plain text, written for this test: an 18th-century storekeeper's account in
 * pounds, shillings and pence, a 19th-century table of counties, a 20th-century invoice in dollars,
 * a parish ledger with leaders, and prose that is not a table.
 */
class TableChecksTest {
  record Found(Check check, int firstLine, int lastLine) {}

  static List<Found> checks(String text) {
    LineMap lines = LineMap.of(text);
    List<Found> out = new ArrayList<>();
    FigureChecker checker = new FigureChecker();
    for (TableFinder.Table t : new TableFinder(new FigureFinder()).find(text, lines, at -> true)) {
      for (Check c : checker.table(t)) {
        out.add(new Found(c, lines.lineOf(c.start()), lines.lineOf(c.end() - 1)));
      }
    }
    return out;
  }

  static List<Found> of(List<Found> all, Kind kind) {
    return all.stream().filter(f -> f.check().kind() == kind).toList();
  }

  static final String STORES =
      """
      An Account of Stores delivered to the Garrison.
                                Quantity   Price      Amount
      Beef, barrels ............  40     3l. 10s.    140l.
      Flour, barrels ...........  25     1l. 12s.     40l.
      Rum, gallons .............  60        4s.      %s
                                                   --------
                                     Total          %s
      """;

  @Test
  void anAccountInPoundsShillingsAndPence() {
    List<Found> all = checks(STORES.formatted("12l.", "192l."));
    List<Found> products = of(all, Kind.PRODUCT);
    assertThat(products).hasSize(3);
    assertThat(products).allMatch(f -> f.check().verdict() == Verdict.CONSISTENT);
    assertThat(products.get(0).firstLine()).isEqualTo(3);
    assertThat(products.get(0).check().stated()).contains("140l.");
    List<Found> totals = of(all, Kind.COLUMN_TOTAL);
    assertThat(totals).hasSize(1);
    assertThat(totals.get(0).check().verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(totals.get(0).check().stated()).contains("192l.");
    assertThat(totals.get(0).firstLine()).isEqualTo(3);
    assertThat(totals.get(0).lastLine()).isEqualTo(7);
  }

  @Test
  void aWrongProductAndAWrongTotalAreInconsistent() {
    List<Found> all = checks(STORES.formatted("14l.", "190l."));
    List<Found> products = of(all, Kind.PRODUCT);
    assertThat(products)
        .extracting(f -> f.check().verdict())
        .containsExactly(Verdict.CONSISTENT, Verdict.CONSISTENT, Verdict.INCONSISTENT);
    assertThat(products.get(2).firstLine()).isEqualTo(5);
    assertThat(products.get(2).check().computed()).isEqualTo("2880 pence");
    Check total = of(all, Kind.COLUMN_TOTAL).get(0).check();
    assertThat(total.verdict()).isEqualTo(Verdict.INCONSISTENT);
    assertThat(total.computed()).isEqualTo("194");
  }

  @Test
  void wholeNumbersAreAddedAsWrittenAndDecimalsAllowTheirRounding() {
    // a total two pounds out is wrong: account entries are not rounded
    Check wrong = of(checks(STORES.formatted("14l.", "192l.")), Kind.COLUMN_TOTAL).get(0).check();
    assertThat(wrong.verdict()).isEqualTo(Verdict.INCONSISTENT);
    assertThat(wrong.tolerance()).isEqualTo("\u00b10");
    // shares to one decimal may add up to 99.9 and still be right
    String shares =
        """
        Party              Share of the vote
        Whigs ............ 33.3
        Tories ........... 33.3
        Radicals ......... 33.3
        Total ............ 100.0
        """;
    Check ok = of(checks(shares), Kind.COLUMN_TOTAL).get(0).check();
    assertThat(ok.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(ok.computed()).isEqualTo("99.9");
  }

  @Test
  void poundsShillingsAndPenceInThreeColumnsAreOneSum() {
    String t =
        """
        Disbursements of the Overseers of the Poor.
                                          \u00a3    s.   d.
        Bread for the workhouse ......   12   15    6
        Coals and candles ............    3    8    9
        Clothing .....................    7   16    3
                                       ---------------
                              Total    24    0    6
        """;
    List<Found> all = checks(t);
    assertThat(all).hasSize(1);
    Check c = all.get(0).check();
    assertThat(c.kind()).isEqualTo(Kind.COLUMN_TOTAL);
    // 12 15s 6d + 3 8s 9d + 7 16s 3d = 24 0s 6d: the shillings carry, they are not summed alone
    assertThat(c.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(c.computed()).isEqualTo(24 * 240 + 6 + " pence");
    assertThat(c.stated()).contains("24 0 6");
    String wrong = t.replace("24    0    6", "24    1    6");
    assertThat(checks(wrong).get(0).check().verdict()).isEqualTo(Verdict.INCONSISTENT);
  }

  @Test
  void dollarsAndCentsInTwoColumns() {
    String t =
        """
        Expenses of the Convention.      Dolls.  Cts.
        Printing the journal ........     145    50
        Doorkeeper and messenger ....      60    25
        Total .......................     205    75
        """;
    List<Found> all = checks(t);
    assertThat(all).hasSize(1);
    assertThat(all.get(0).check().verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(all.get(0).check().computed()).isEqualTo("205.75");
  }

  @Test
  void aTableOfCountiesWithTotalsInTwoColumns() {
    String t =
        """
        County            Acres      Population
        Northmoor     1,292,300         390,054
        Eastfield       947,681         315,073
        Westdale        979,000         369,318
        Total         3,218,981       1,084,445
        """;
    List<Found> totals = of(checks(t), Kind.COLUMN_TOTAL);
    assertThat(totals).hasSize(2);
    assertThat(totals.get(0).check().stated()).contains("3,218,981");
    assertThat(totals.get(0).check().verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(totals.get(1).check().stated()).contains("1,084,445");
    assertThat(totals.get(1).check().verdict()).isEqualTo(Verdict.INCONSISTENT);
    assertThat(totals.get(1).check().computed()).isEqualTo("1074445");
    assertThat(of(checks(t), Kind.PRODUCT)).isEmpty();
  }

  @Test
  void anInvoiceInDollarsWithRatesWrittenOut() {
    String t =
        """
        12 desks at $14.50 = $174.00
        30 chairs at $3.25 = $97.00
        Total .............. $271.00
        """;
    List<Found> all = checks(t);
    assertThat(of(all, Kind.PRODUCT))
        .extracting(f -> f.check().verdict())
        .containsExactly(Verdict.CONSISTENT, Verdict.INCONSISTENT);
    assertThat(of(all, Kind.COLUMN_TOTAL))
        .extracting(f -> f.check().verdict())
        .containsExactly(Verdict.CONSISTENT);
  }

  @Test
  void aLedgerWithLeadersAndARuledTotal() {
    String t =
        """
        Receipts of the year.
        Rent of the glebe .......... 40
        Tithes ..................... 125
        Fees ....................... 18
                                     ----
                                     183
        """;
    List<Found> all = checks(t);
    assertThat(all).hasSize(1);
    assertThat(all.get(0).check().kind()).isEqualTo(Kind.COLUMN_TOTAL);
    assertThat(all.get(0).check().verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(all.get(0).firstLine()).isEqualTo(2);
    assertThat(all.get(0).lastLine()).isEqualTo(6);
  }

  @Test
  void aRuleUnderTheHeaderIsNoTotal() {
    String t =
        """
           Men     Rations    Issued
        -------------------------------
            12        3          36
            20        3          60
            15        3          45
        -------------------------------
                                141
        """;
    List<Found> all = checks(t);
    assertThat(of(all, Kind.PRODUCT)).hasSize(3);
    List<Found> totals = of(all, Kind.COLUMN_TOTAL);
    assertThat(totals).hasSize(1);
    assertThat(totals.get(0).check().computed()).isEqualTo("141");
    assertThat(totals.get(0).firstLine()).isEqualTo(3);
  }

  @Test
  void proseWithNumbersIsNoTable() {
    String t =
        """
        In 1785 the town had 1,200 souls, and in
        1790 it had 1,500 souls, a gain which the
        census of 1800 put at 2,100 in all. Total
        receipts were 300 and 400 in those years.
        """;
    assertThat(checks(t)).isEmpty();
    assertThat(new TableFinder(new FigureFinder()).find(t, LineMap.of(t), at -> true)).isEmpty();
  }
}
