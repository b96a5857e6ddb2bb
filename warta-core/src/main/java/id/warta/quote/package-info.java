/**
 * The {@code quote} stage: direct quotes and who said them, the speaker resolved to a PERSON entity and its role
 * kept. {@link id.warta.quote.QuoteFinder} is the interface; {@link id.warta.quote.Quote} the record.
 */
package id.warta.quote;
