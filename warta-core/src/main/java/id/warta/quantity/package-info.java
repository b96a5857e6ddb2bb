/**
 * The {@code quantity} stage: how many, how much and what share, in Indonesian and English news.
 *
 * <p>{@link id.warta.quantity.QuantityFinder} is the interface and {@link id.warta.quantity.RuleQuantityFinder}
 * the rule-based, thread-safe implementation built on the {@code text} stage's tokens. Each
 * {@link id.warta.quantity.Quantity} points into the analysed text by offsets: the whole expression (with its
 * approximation marker, currency and counted noun) and, separately, the unit's evidence.
 *
 * <p>Conventions, chosen to be conservative as event datasets such as ACLED are: a vague quantity takes the lower
 * bound it names and is approximate ({@code belasan} 11, {@code puluhan} 10, {@code ratusan} 100, {@code ribuan}
 * 1,000, {@code jutaan} 1,000,000; {@code dozens} 12, {@code scores} 20, {@code hundreds} 100, {@code thousands}
 * 1,000; {@code puluhan ribu} and {@code tens of thousands} 10,000); a range keeps its lower bound in
 * {@code value} and its upper bound in {@code upper}. Years, dates, clock times, phone numbers, article numbers
 * and numbered names ({@code Pasal 5}, {@code Boeing 737}) are not quantities. Percentages are, with unit
 * {@code %}; money is, with an ISO 4217 code as unit.
 *
 * <p>Approximate means hedged: {@code sekitar}, {@code kurang lebih}, {@code lebih dari}, {@code hampir},
 * {@code sedikitnya}, {@code setidaknya}, {@code diperkirakan}, {@code hingga} (up to), {@code about},
 * {@code nearly}, {@code more than}, {@code at least}, {@code some}, {@code an estimated}, {@code up to}. The marker
 * is part of the expression's span. {@code mencapai} ("reaching") is not a marker: news uses it for exact tallies.
 * Digits are read by the language's convention: in Indonesian a full stop followed by three digits groups
 * thousands and a comma is the decimal mark ({@code 3.000}, {@code 1,5}); in English the reverse; for other
 * languages three digits after a single separator mean thousands.
 */
package id.warta.quantity;
