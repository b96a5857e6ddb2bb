/**
 * The {@code lang} stage: which language an article is written in, with a confidence, and {@code und} when the
 * text is too short or mixed to tell. {@link id.warta.lang.LanguageIdentifier} is the interface.
 */
package id.warta.lang;
