/**
 * The {@code lang} stage: which language an article is written in, with a confidence, and {@code und} when the
 * text is too short or mixed to tell. {@link id.warta.lang.LanguageIdentifier} is the interface.
 *
 * <p>{@link id.warta.lang.NgramLanguageIdentifier} is the implementation: the character n-gram profiles of optimaize
 * language-detector (70 languages, naive Bayes over 1- to 3-grams, averaged over seven random trials), loaded once
 * and shared by all threads, with Indonesian and Malay merged into one class. Warta then decides by itself:
 * <ul>
 *   <li>Indonesian or Malay by marker words and spellings only one of them uses in news ({@code bahwa}/{@code
 *   bahawa}, {@code karena}/{@code kerana}, {@code persen}/{@code peratus}, {@code uang}, {@code polis}…) weighed
 *   against a prior for Indonesian; with no marker the answer is Indonesian.</li>
 *   <li>{@code und} for fewer than 30 letters (a Han, kana or Hangul character counts three), for a best language
 *   under 0.75, for a script no profile is written in, and for text mixing English with Indonesian or Malay
 *   (at least 30% of the 30-word blocks that read as either, by their function words, read as the other).</li>
 *   <li>Words in capitals are lower-cased first, so shouted text is read as running text.</li>
 * </ul>
 * Confidence is the model's probability of the language (for Indonesian and Malay, times the probability of the
 * split); for {@code und}, that of the candidate refused (0 when there is none). The cost is bounded: the first
 * 16,384 characters are read, and the model sees at most four windows of 256 characters spread over them, about
 * 0.1 to 0.2 ms for a 500-word article.
 */
package id.warta.lang;
