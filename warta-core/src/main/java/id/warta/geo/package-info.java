/**
 * The {@code geo} stage's data: the gazetteer of places Warta recognises by name and, later, geocodes.
 *
 * <p>{@link id.warta.geo.Gazetteer} is the dictionary (countries, first-level divisions, Indonesia's regencies and
 * cities, towns of 15,000 people or more, under English and Indonesian names and the short forms news uses) and
 * {@link id.warta.geo.Place} its record. The shipped resource {@code gazetteer.tsv.gz} is built by
 * {@link id.warta.geo.GazetteerBuilder} ({@code warta build gazetteer}) from GeoNames (CC BY 4.0), idn-area-data
 * (ODbL 1.0, so the derived table is under ODbL too), the JDK's CLDR country names and Warta's curated lists
 * {@code country-aliases.tsv} and {@code place-aliases.tsv}; a rebuild reproduces it byte for byte.
 *
 * <p>Names are matched over the tokens of the {@code text} stage by {@link id.warta.ner.NameMatcher}, which also
 * knows organisations; case rules keep {@code padang rumput} from being Padang and {@code as} from being the
 * United States.
 */
package id.warta.geo;
