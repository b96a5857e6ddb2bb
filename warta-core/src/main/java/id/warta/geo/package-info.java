/**
 * The {@code geo} stage: the gazetteer of places Warta recognises by name, and the geocoder that says which of
 * them a name means in an article.
 *
 * <p>{@link id.warta.geo.Gazetteer} is the dictionary (countries, first-level divisions, Indonesia's regencies and
 * cities, towns of 15,000 people or more, under English and Indonesian names and the short forms news uses) and
 * {@link id.warta.geo.Place} its record. The shipped resource {@code gazetteer.tsv.gz} is built by
 * {@link id.warta.geo.GazetteerBuilder} ({@code warta build gazetteer}) from GeoNames (CC BY 4.0), idn-area-data
 * (ODbL 1.0, so the derived table is under ODbL too), the JDK's CLDR country names and Warta's curated lists
 * {@code country-aliases.tsv} and {@code place-aliases.tsv}; a rebuild reproduces it byte for byte.
 *
 * <p>{@link id.warta.geo.GazetteerGeocoder} implements {@link id.warta.geo.Geocoder}: a name and the article's
 * countries give one place ({@code Georgia} in an American story is the state, {@code Tripoli} in a Lebanese one
 * the port of Lebanon, {@code Padang} the capital of Sumatera Barat, {@code Kab. Bogor} the regency, {@code Jakarta}
 * the city rather than its province); its class documentation gives the rules. It also gives ACLED's
 * geo-precision of a place ({@link id.warta.geo.GazetteerGeocoder#acledPrecision}); {@code warta eval geocoding}
 * scores it ({@link id.warta.eval.GeocodingEvaluator}).
 *
 * <p>Names are matched over the tokens of the {@code text} stage by {@link id.warta.ner.NameMatcher}, which also
 * knows organisations; case rules keep {@code padang rumput} from being Padang and {@code as} from being the
 * United States.
 */
package id.warta.geo;
