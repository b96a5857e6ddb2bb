/**
 * Scorers shared by the CLI's {@code eval} command and the tests, each reproducing a published metric so that
 * a number reported by Warta can be compared with the literature.
 *
 * <ul>
 *   <li>Article extraction: {@link id.warta.eval.ExtractionEvaluator} on the benchmark's ground truth.</li>
 *   <li>Sentences and tokens: {@link id.warta.eval.SentenceEvaluator} on a {@link id.warta.eval.UdTreebank}, with
 *       the CoNLL 2018 UD shared task's metrics.</li>
 *   <li>Named entities: {@link id.warta.eval.NerCorpusReader} reads the CoNLL-style corpora (2 to 5 columns;
 *       IO, IOB1 and IOB2 tags; PER/PERSON/PPL, ORG/ORGANISATION/IND, LOC/PLACE/PLC/GPE mapped to Warta's types)
 *       into {@link id.warta.ner.NameSample}s; {@link id.warta.eval.NerDocument} lays sentences out as the
 *       {@link id.warta.text.Text} an {@link id.warta.ner.EntityFinder} reads, with the corpus's own tokens, and
 *       maps the finder's character mentions back to token spans; {@link id.warta.eval.NerEvaluator} scores them
 *       with CoNLL's exact-span precision, recall and F1 per type and micro-averaged
 *       ({@link id.warta.eval.NerScore}). A mention must equal a gold entity's tokens and type exactly to count;
 *       one that cuts a token is a false positive.</li>
 *   <li>Events: {@link id.warta.eval.EventDataset} reads the PLOVER gold records, the PETRARCH2 validation records
 *       (CAMEO mapped to PLOVER) and Warta's own gold tables into {@link id.warta.eval.EventSample}s;
 *       {@link id.warta.eval.EventEvaluator} runs an {@link id.warta.events.EventCoder} over them through the
 *       public pipeline and scores its most confident event per sentence ({@link id.warta.eval.EventScore}):
 *       event-type accuracy, per-category and macro F1, actor and target country accuracy, negation, modality
 *       and numbers.</li>
 *   <li>Geocoding: {@link id.warta.eval.GeocodingCases} reads the event locations of the PLOVER gold records (with
 *       Warta's reading of the place each names, {@code plover-gsr-locations.tsv}) or a golden file;
 *       {@link id.warta.eval.GeocodingEvaluator} gives the share of names put in the right country and the share
 *       resolved to exactly the right place, as Mordecai and CLIFF report them ({@link
 *       id.warta.eval.GeocodingScore}). Exact is the gold's GeoNames place (one of its ids), or, where the gold
 *       gives no id, a place of the gold country that the gold name names.</li>
 * </ul>
 */
package id.warta.eval;
