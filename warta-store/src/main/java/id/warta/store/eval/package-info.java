/**
 * Measuring the store on data with a known answer: {@link id.warta.store.eval.GeneratedCorpus} generates realistic
 * Indonesian news articles, as many as wanted (a million for the scale benchmark) and streamed, from the
 * PANL-BPPT sentences with invented outlets, titles, dates and URLs, a share of them syndicated copies, light
 * rewrites and look-alikes of earlier ones, each with its ground truth; {@link
 * id.warta.store.eval.NearDuplicateEvaluator} scores the near-duplicate decision on them
 * ({@link id.warta.store.eval.NearDuplicateScore}: precision and recall of the copy-of links).
 *
 * <p>PANL-BPPT is evaluation input only: it is read from the path given at run time and nothing of it is kept in
 * the project or shipped in the jar.
 */
package id.warta.store.eval;
