/**
 * The {@code time} stage: dates, weekdays, relative words and periods in Indonesian and English news, resolved
 * against the publication date-time.
 *
 * <p>{@link id.warta.time.TimeExpressionFinder} is the interface and {@link id.warta.time.RuleTimeExpressionFinder}
 * the rule-based, thread-safe implementation. Each {@link id.warta.time.TimeExpression} points into the text by
 * offsets and names a period of whole days ({@code begin}..{@code last}) at a precision: DAY for a date, weekday
 * or relative day; WEEK (Monday to Sunday, ISO) for {@code pekan lalu} / {@code last week}; MONTH and YEAR; HOUR or
 * MINUTE when a time of day follows the day ({@code pukul 07.45 WIB}), with the date-time and its offset.
 *
 * <p>Resolution: a date without a year ({@code 1 Januari}, {@code Jan. 1}) is the most recent such date not after
 * the reference; with a day name ({@code Jumat (7/1)}) the nearest year whose date falls on that day. A bare weekday
 * ({@code on Monday}, {@code hari Minggu}) is the most recent such day not after the reference;
 * {@code lalu}/{@code kemarin}/{@code last} strictly before, {@code depan}/{@code next} strictly after,
 * {@code ini}/{@code this} in the reference's week. A bare month needs a cue ({@code pada Mei}, {@code in May}) and
 * is the most recent such month; a bare year needs one too ({@code pada 2021}, {@code tahun 2019}). Numeric dates
 * are day first ({@code 8/1/2022}) except in English. A time without a zone takes the reference's offset, else WIB
 * for Indonesian and UTC for English. With no reference, expressions that need one are not returned. A time is
 * attached when it follows a day ({@code Sabtu (8/1) pukul 07.45 WIB}, {@code tomorrow at 9 a.m.}) or comes
 * right before it with a cue word, zone or am/pm ({@code pukul 02.00 WIB, Minggu (9/1)}); a time alone is not
 * returned.
 *
 * <p>Ambiguity: {@code minggu} in lower case, or followed by {@code lalu}/{@code depan}/{@code ini}, is the week;
 * a capitalised {@code Minggu} elsewhere and {@code hari Minggu} are Sunday. Day names and short month names must
 * be capitalised. Known risk: a capitalised month word that is a name ({@code Mei} as a given name) reads as a
 * month when a cue word or a day number stands next to it ({@code pada Mei}); {@code kemarin} used loosely for
 * "recent" ({@code pemilu kemarin}) reads as yesterday.
 */
package id.warta.time;
