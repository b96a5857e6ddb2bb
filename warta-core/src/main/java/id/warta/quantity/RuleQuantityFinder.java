package id.warta.quantity;

import id.warta.text.RuleTokenizer;
import id.warta.text.Token;
import id.warta.text.Tokenizer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Rule-based quantity finder over the tokens of {@link RuleTokenizer}: digits read by the language's separator
 * convention, scale words, numbers in words, vague plurals, approximation markers, ranges, percentages, money and
 * the counted noun (from a lexicon of news nouns, multiword ones included, else the next word when it looks like a
 * noun). Stateless and thread-safe; every look-around is bounded by a constant, so the cost is linear in the text.
 */
public final class RuleQuantityFinder implements QuantityFinder {

    private static final Tokenizer TOKENIZER = new RuleTokenizer();

    private static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("ribu", 1e3), Map.entry("rb", 1e3), Map.entry("juta", 1e6), Map.entry("jt", 1e6),
            Map.entry("miliar", 1e9), Map.entry("milyar", 1e9), Map.entry("triliun", 1e12),
            Map.entry("thousand", 1e3), Map.entry("million", 1e6), Map.entry("mln", 1e6), Map.entry("billion", 1e9),
            Map.entry("bln", 1e9), Map.entry("bn", 1e9), Map.entry("trillion", 1e12), Map.entry("hundred", 1e2));

    /** Vague plurals and the lower bound each is taken to mean (see the package documentation). */
    private static final Map<String, Double> VAGUE = Map.ofEntries(
            Map.entry("belasan", 11.0), Map.entry("puluhan", 10.0), Map.entry("ratusan", 100.0),
            Map.entry("ribuan", 1e3), Map.entry("jutaan", 1e6), Map.entry("miliaran", 1e9),
            Map.entry("dozens", 12.0), Map.entry("scores", 20.0), Map.entry("hundreds", 100.0),
            Map.entry("thousands", 1e3), Map.entry("millions", 1e6), Map.entry("billions", 1e9),
            Map.entry("tens", 10.0));
    /** Vague words that count only before "of" (scores of, tens of thousands): alone they mean other things. */
    private static final Set<String> VAGUE_NEEDS_OF = Set.of("scores", "tens");
    private static final Map<String, Double> PLURAL_SCALES = Map.of("thousands", 1e3, "millions", 1e6,
            "billions", 1e9);

    private static final Map<String, Double> UNITS = Map.ofEntries(
            Map.entry("nol", 0.0), Map.entry("satu", 1.0), Map.entry("dua", 2.0), Map.entry("tiga", 3.0),
            Map.entry("empat", 4.0), Map.entry("lima", 5.0), Map.entry("enam", 6.0), Map.entry("tujuh", 7.0),
            Map.entry("delapan", 8.0), Map.entry("sembilan", 9.0), Map.entry("sepuluh", 10.0),
            Map.entry("sebelas", 11.0), Map.entry("setengah", 0.5),
            Map.entry("zero", 0.0), Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0),
            Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0),
            Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0),
            Map.entry("twelve", 12.0), Map.entry("thirteen", 13.0), Map.entry("fourteen", 14.0),
            Map.entry("fifteen", 15.0), Map.entry("sixteen", 16.0), Map.entry("seventeen", 17.0),
            Map.entry("eighteen", 18.0), Map.entry("nineteen", 19.0));
    private static final Map<String, Double> TENS = Map.of("twenty", 20.0, "thirty", 30.0, "forty", 40.0,
            "fifty", 50.0, "sixty", 60.0, "seventy", 70.0, "eighty", 80.0, "ninety", 90.0);
    /** Words that are a whole power of ten by themselves: seratus, seribu, sejuta. */
    private static final Map<String, Double> SE_POWERS = Map.of("seratus", 1e2, "seribu", 1e3, "sejuta", 1e6,
            "semiliar", 1e9);

    /** Words that may stand between a marker and its number without hedging anything themselves. */
    private static final Set<String> TRANSPARENT = Set.of("mencapai", "sebanyak", "berjumlah", "sejumlah",
            "reached", "reaching", "totalling", "totaling", "numbering");
    /** Words "a" makes a number of: a hundred, a dozen. */
    private static final Set<String> A_SCALES = Set.of("hundred", "thousand", "million", "billion", "dozen");
    /** Verbs that make a following "over" a particle (took over 100 percent), not "more than". */
    private static final Set<String> OVER_VERBS = Set.of("take", "takes", "took", "taken", "taking", "hand",
            "hands", "handed", "handing", "turn", "turned", "turns");

    private static final Map<String, String> CURRENCY_BEFORE = Map.of("rp", "IDR", "rp.", "IDR", "idr", "IDR",
            "$", "USD", "usd", "USD", "us$", "USD", "\u20AC", "EUR", "\u00A3", "GBP", "\u00A5", "JPY");
    private static final Map<String, String> CURRENCY_AFTER = Map.ofEntries(
            Map.entry("rupiah", "IDR"), Map.entry("dolar", "USD"), Map.entry("dollar", "USD"),
            Map.entry("dollars", "USD"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"),
            Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"), Map.entry("ringgit", "MYR"),
            Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"), Map.entry("poundsterling", "GBP"),
            Map.entry("rubel", "RUB"), Map.entry("rubles", "RUB"), Map.entry("roubles", "RUB"));
    /** Words after "dolar" that name whose dollar it is, kept in the expression. */
    private static final Set<String> DOLLAR_OF = Set.of("as", "amerika", "us", "singapura", "australia");

    private static final Set<String> PERCENT = Set.of("%", "persen", "percent", "pct", "prosen");

    /** Words before a number that make it a label, a year, a time or a reference, never a quantity. */
    private static final Set<String> NOT_AFTER = Set.of("tahun", "year", "pukul", "jam", "pasal", "ayat", "nomor",
            "no.", "no", "nomer", "halaman", "hal.", "page", "article", "section", "tanggal", "tgl", "tgl.", "edisi",
            "seri", "kode", "rt", "rw", "ke", "gelombang", "lantai", "room", "ruang", "chapter", "bab", "since",
            "sejak", "until", "tingkat", "level", "babak", "putaran", "ronde", "round", "grup", "group",
            "kelas", "peringkat", "urutan", "unggulan", "ranked", "rank", "seeded", "segi", "bintang");
    private static final Set<String> MONTHS = Set.of("januari", "februari", "maret", "april", "mei", "juni", "juli",
            "agustus", "september", "oktober", "november", "desember", "january", "february", "march", "may",
            "june", "july", "august", "october", "december", "jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt",
            "aug", "sep", "sept", "okt", "oct", "nov", "des", "dec");

    /** Approximation markers, as lowercase token sequences. */
    private static final List<String[]> MARKERS = phrases(
            "sekitar", "sekira", "kira-kira", "kurang lebih", "lebih kurang", "lebih dari", "hampir", "sedikitnya",
            "setidaknya", "setidak-tidaknya", "paling sedikit", "paling tidak", "diperkirakan", "tak kurang dari",
            "tidak kurang dari", "kurang dari", "di atas", "ditaksir", "hingga", "sampai", "mendekati",
            "about", "around", "nearly", "almost", "more than", "over", "at least", "some", "an estimated",
            "estimated", "up to", "roughly", "approximately", "approx.", "as many as", "fewer than", "less than",
            "close to", "upwards of");

    /** Nouns news counts, as lowercase token sequences; longest match wins. */
    private static final Map<String, List<String[]>> NOUNS = index(phrases(
            "orang", "warga", "warga sipil", "penduduk", "jiwa", "korban", "korban jiwa", "korban tewas",
            "korban luka", "mm", "cm", "pengunjuk rasa", "demonstran", "pendemo", "massa", "mahasiswa", "buruh", "pekerja",
            "karyawan", "pasukan", "pasukan terjun payung", "pasukan perdamaian", "tentara", "prajurit", "personel",
            "personel keamanan", "personel gabungan", "polisi", "anggota", "anggota polisi", "aparat", "petugas",
            "militan", "pemberontak", "teroris", "pengungsi", "tahanan", "sandera", "anak", "anak-anak", "balita",
            "perempuan", "wanita", "pria", "laki-laki", "siswa", "pelajar", "pasien", "kasus", "rumah",
            "rumah warga", "bangunan", "gedung", "kendaraan", "mobil", "unit", "desa", "kepala keluarga", "kk",
            "keluarga", "ton", "hektare", "hektar", "ha", "km", "kilometer", "meter", "kg", "kilogram", "liter",
            "barel", "senjata", "pucuk", "tank", "pesawat", "kapal", "rudal", "roket", "bom", "suara", "kursi",
            "kali", "tahun", "bulan", "hari", "jam", "menit", "detik", "minggu", "pekan", "negara", "provinsi",
            "kota", "kabupaten", "perusahaan", "sekolah", "masjid", "gereja", "peserta", "pemilih", "penumpang",
            "nelayan", "petani", "jurnalis", "wartawan", "dokter", "perawat", "relawan", "narapidana", "napi",
            "tersangka", "pelaku", "saham", "lembar saham", "ekor", "buah", "atlet", "pemain", "gol", "poin",
            "people", "persons", "person", "residents", "civilians", "troops", "soldiers", "paratroopers",
            "police", "police officers", "officers", "policemen", "security forces", "security personnel",
            "personnel", "protesters", "protestors", "demonstrators", "militants", "rebels", "fighters",
            "insurgents", "refugees", "migrants", "prisoners", "detainees", "hostages", "victims", "casualties",
            "deaths", "dead", "children", "women", "men", "students", "workers", "patients", "cases", "houses",
            "homes", "buildings", "vehicles", "cars", "villages", "families", "households", "tonnes", "tons",
            "hectares", "kilometres", "kilometers", "miles", "metres", "meters", "barrels", "weapons", "tanks",
            "aircraft", "planes", "jets", "ships", "vessels", "missiles", "rockets", "bombs", "votes", "seats",
            "times", "years", "months", "days", "hours", "minutes", "weeks", "countries", "provinces", "cities",
            "companies", "schools", "mosques", "churches", "participants", "voters", "passengers", "fishermen",
            "farmers", "journalists", "reporters", "doctors", "nurses", "volunteers", "inmates", "suspects",
            "members", "supporters", "employees", "jobs", "units", "shares", "points", "goals", "athletes",
            "players", "peacekeepers", "migrant workers", "asylum seekers", "displaced people", "injured",
            "wounded"));
    /** Indonesian classifiers: before a lexicon noun (30 orang pengunjuk rasa) the noun is what follows. */
    private static final Set<String> CLASSIFIERS = Set.of("orang", "buah", "ekor", "unit", "pucuk");

    /** Words that follow numbers but are not what they count. */
    private static final Set<String> NOT_NOUNS = Set.of(
            "dan", "atau", "di", "ke", "dari", "yang", "untuk", "pada", "dengan", "dalam", "itu", "ini", "tewas",
            "meninggal", "hilang", "luka", "luka-luka", "terluka", "lalu", "lebih", "juga", "telah", "sudah", "akan",
            "adalah", "merupakan", "menjadi", "oleh", "sebagai", "per", "tersebut", "saja", "lagi", "pun", "bahwa",
            "namun", "hingga", "sampai", "sejak", "menurut", "kata", "ujar", "tidak", "tak", "belum", "masih",
            "setelah", "sebelum", "sedangkan", "serta", "bagi", "tentang", "atas", "antara", "kepada", "karena",
            "sekitar", "kurang", "hanya", "sekarang", "kini", "tersisa", "sisanya", "lainnya", "lain", "ribu",
            "and", "or", "in", "on", "at", "of", "to", "from", "the", "a", "an", "that", "which", "who", "were",
            "was", "are", "is", "be", "been", "have", "had", "has", "died", "more", "less", "for", "by", "with",
            "as", "than", "after", "before", "said", "since", "will", "would", "could", "also", "each", "other",
            "others", "last", "ago", "earlier", "later", "this", "these", "those", "into", "out", "up", "down",
            "against", "among", "while", "but", "not", "percent", "persen", "km/h");
    private static final Set<String> VERB_PREFIXES_ID = Set.of("me", "di", "ter", "ber");

    private enum Lang { ID, EN, COMMON }

    @Override
    public List<Quantity> find(String text, String language) {
        Objects.requireNonNull(text, "text");
        Lang lang = lang(language);
        List<Token> tokens = TOKENIZER.tokenize(text, language);
        Scan scan = new Scan(text, tokens, lang);
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        int floor = 0;
        while (i < tokens.size()) {
            Num core = scan.number(i);
            if (core == null) {
                i++;
                continue;
            }
            int next = scan.expression(core, floor, out);
            if (next > i) {
                floor = next;
                i = next;
            } else {
                i = core.to;
            }
        }
        return List.copyOf(out);
    }

    private static Lang lang(String language) {
        if (language == null) {
            return Lang.COMMON;
        }
        String l = language.toLowerCase(Locale.ROOT);
        if (l.equals("id") || l.equals("in") || l.equals("ind") || l.startsWith("id-") || l.startsWith("id_")) {
            return Lang.ID;
        }
        if (l.equals("en") || l.equals("eng") || l.startsWith("en-") || l.startsWith("en_")) {
            return Lang.EN;
        }
        return Lang.COMMON;
    }

    /** A number's core: tokens {@code [from, to)}, the value, and what it was written as. */
    private record Num(int from, int to, double value, double scale, boolean vague, boolean digits,
                       boolean bare) {
    }

    /** One call's view of the tokens; lowercase forms are cut lazily and kept. */
    private static final class Scan {
        private final String text;
        private final List<Token> tokens;
        private final Lang lang;
        private final String[] lower;

        Scan(String text, List<Token> tokens, Lang lang) {
            this.text = text;
            this.tokens = tokens;
            this.lang = lang;
            this.lower = new String[tokens.size()];
        }

        String low(int i) {
            if (i < 0 || i >= tokens.size()) {
                return "";
            }
            String s = lower[i];
            if (s == null) {
                s = tokens.get(i).text(text).toLowerCase(Locale.ROOT);
                lower[i] = s;
            }
            return s;
        }

        Token.Kind kind(int i) {
            return i >= 0 && i < tokens.size() ? tokens.get(i).kind() : null;
        }

        /** Whether tokens {@code i-1} and {@code i} touch (no space between). */
        boolean touching(int i) {
            return i > 0 && i < tokens.size() && tokens.get(i - 1).end() == tokens.get(i).start();
        }

        /** The number whose first token is {@code i}, or null. */
        Num number(int i) {
            Token.Kind k = kind(i);
            if (k == Token.Kind.NUMBER) {
                String raw = low(i);
                double v = digits(raw);
                if (Double.isNaN(v)) {
                    return null;
                }
                boolean bare = raw.indexOf('.') < 0 && raw.indexOf(',') < 0;
                Double scale = SCALES.get(low(i + 1));
                if (scale != null && kind(i + 1) == Token.Kind.WORD) {
                    return new Num(i, i + 2, times(v, scale), scale, false, true, false);
                }
                return new Num(i, i + 1, v, 1, false, true, bare);
            }
            if (k != Token.Kind.WORD) {
                return null;
            }
            String w = low(i);
            Double vague = VAGUE.get(w);
            if (vague != null && (lang != Lang.ID || !w.equals("tens"))) {
                int j = i + 1;
                double v = vague;
                Double scale = SCALES.get(low(j));
                if (scale != null && scale >= 1e3) {
                    return new Num(i, j + 1, times(v, scale), scale, true, false, false);
                }
                if (low(j).equals("of") && PLURAL_SCALES.containsKey(low(j + 1))) {
                    return new Num(i, j + 2, v * PLURAL_SCALES.get(low(j + 1)), 1, true, false, false);
                }
                if (VAGUE_NEEDS_OF.contains(w) && !low(j).equals("of")) {
                    return null;
                }
                return new Num(i, j, v, 1, true, false, false);
            }
            return words(i);
        }

        /** A number written in words from token {@code i} (tiga ribu, seratus dua puluh lima, two hundred). */
        Num words(int i) {
            double total = 0;
            double hundreds = 0;
            double pending = 0;
            double lastScale = Double.MAX_VALUE;
            char last = ' '; // u unit, t tens, b belas, p puluh, h hundred, s scale
            int j = i;
            if ((low(i).equals("a") || low(i).equals("an")) && lang != Lang.ID && A_SCALES.contains(low(i + 1))) {
                pending = 1;
                last = 'u';
                j = i + 1;
            } else if (low(i).equals("half") && (low(i + 1).equals("a") || low(i + 1).equals("an"))
                    && A_SCALES.contains(low(i + 2))) {
                pending = 0.5; // half a dozen, half a million
                last = 'u';
                j = i + 2;
            }
            int first = j;
            int end = j;
            while (j < tokens.size() && kind(j) == Token.Kind.WORD) {
                String w = low(j);
                String[] parts = lang != Lang.ID && w.indexOf('-') > 0 ? w.split("-") : new String[] {w};
                double t0 = total;
                double h0 = hundreds;
                double p0 = pending;
                double s0 = lastScale;
                char l0 = last;
                boolean ok = true;
                for (String p : parts) {
                    Double u = UNITS.get(p);
                    Double tens = TENS.get(p);
                    Double scale = SCALES.get(p);
                    Double se = SE_POWERS.get(p);
                    if (u != null && last != 'b' && (pending == 0 || last == 't' && u < 10 && u >= 1)
                            && (last != 'p' || u < 10)) {
                        pending += u;
                        last = 'u';
                    } else if (tens != null && pending == 0) {
                        pending = tens;
                        last = 't';
                    } else if (p.equals("belas") && last == 'u' && pending >= 1 && pending < 10
                            && hundreds % 100 == 0) {
                        hundreds += pending + 10;
                        pending = 0;
                        last = 'b';
                    } else if (p.equals("puluh") && last == 'u' && pending >= 2 && pending < 10
                            && hundreds % 100 == 0) {
                        hundreds += pending * 10;
                        pending = 0;
                        last = 'p';
                    } else if ((p.equals("ratus") || p.equals("hundred")) && (last == 'u' || last == 't')
                            && pending >= 1 && hundreds == 0) {
                        hundreds = pending * 100;
                        pending = 0;
                        last = 'h';
                    } else if (se != null && se == 100 && pending == 0 && hundreds == 0) {
                        hundreds = 100;
                        last = 'h';
                    } else if (se != null && se > 100 && pending == 0 && hundreds == 0 && se < lastScale) {
                        total += se;
                        lastScale = se;
                        last = 's';
                    } else if (scale != null && scale >= 1e3 && scale < lastScale && hundreds + pending > 0) {
                        total += (hundreds + pending) * scale;
                        hundreds = 0;
                        pending = 0;
                        lastScale = scale;
                        last = 's';
                    } else if (p.equals("dozen") && pending > 0 && hundreds == 0 && total == 0) {
                        pending *= 12;
                        last = 's';
                    } else {
                        ok = false;
                        break;
                    }
                }
                if (!ok) {
                    total = t0;
                    hundreds = h0;
                    pending = p0;
                    lastScale = s0;
                    last = l0;
                    break;
                }
                j++;
                end = j;
            }
            if (end == first || last == ' ') {
                return null;
            }
            return new Num(i, end, total + hundreds + pending, 1, false, false, false);
        }

        /** Digits by the language's convention; NaN for what is not a plain number (codes, addresses). */
        double digits(String raw) {
            int dots = 0;
            int commas = 0;
            int lastSep = -1;
            for (int k = 0; k < raw.length(); k++) {
                char c = raw.charAt(k);
                if (c == '.') {
                    dots++;
                    lastSep = k;
                } else if (c == ',') {
                    commas++;
                    lastSep = k;
                } else if (c < '0' || c > '9') {
                    return Double.NaN;
                }
            }
            if (dots + commas == 0) {
                return raw.length() > 15 ? Double.NaN : Double.parseDouble(raw);
            }
            char decimal;
            if (dots > 0 && commas > 0) {
                decimal = raw.charAt(lastSep);
                if ((decimal == '.' ? dots : commas) > 1) {
                    return Double.NaN;
                }
            } else {
                char sep = dots > 0 ? '.' : ',';
                int after = raw.length() - lastSep - 1;
                if (dots + commas > 1) {
                    decimal = 0;
                } else if (lang == Lang.ID) {
                    decimal = sep == '.' && after == 3 ? 0 : sep;
                } else if (lang == Lang.EN) {
                    decimal = sep == ',' && after == 3 ? 0 : sep;
                } else {
                    decimal = after == 3 ? 0 : sep;
                }
            }
            StringBuilder b = new StringBuilder(raw.length());
            int group = -1;
            for (int k = 0; k < raw.length(); k++) {
                char c = raw.charAt(k);
                if (c == decimal) {
                    if (group >= 0 && group != 3) {
                        return Double.NaN;
                    }
                    b.append('.');
                    group = -2;
                } else if (c == '.' || c == ',') {
                    if (group == -2 || group >= 0 && group != 3 || k == 0) {
                        return Double.NaN;
                    }
                    group = 0;
                } else {
                    b.append(c);
                    if (group >= 0) {
                        group++;
                    }
                }
            }
            if (group >= 0 && group != 3) {
                return Double.NaN;
            }
            return Double.parseDouble(b.toString());
        }

        /**
         * Builds the expression around {@code core}, adds it to {@code out} when it is a quantity, and returns the
         * token after the tokens it consumed (also when they turned out not to be a quantity); markers are looked
         * for back to {@code floor}, the end of the previous expression.
         */
        int expression(Num core, int floor, List<Quantity> out) {
            int i = core.from;
            String before = low(i - 1);
            if (NOT_AFTER.contains(before) || MONTHS.contains(before) || MONTHS.contains(low(core.to))
                    || before.equals("+") || before.equals("salah") || before.equals("#")) {
                return core.to;
            }
            if (core.digits && core.bare) {
                String raw = low(i);
                if (raw.length() > 1 && raw.charAt(0) == '0' || raw.length() >= 9) {
                    return core.to; // phone numbers, codes
                }
            }
            // Currency before the number.
            int start = i;
            String currency = null;
            int curStart = -1;
            int curEnd = -1;
            if (i - 1 >= floor && CURRENCY_BEFORE.containsKey(before)) {
                currency = CURRENCY_BEFORE.get(before);
                start = i - 1;
                if (before.equals("$") && i - 2 >= floor && touching(i - 1)) {
                    String cc = low(i - 2);
                    if (cc.equals("us") || cc.equals("s") || cc.equals("a") || cc.equals("hk")) {
                        currency = switch (cc) {
                            case "s" -> "SGD";
                            case "a" -> "AUD";
                            case "hk" -> "HKD";
                            default -> "USD";
                        };
                        start = i - 2;
                    }
                }
                curStart = tokens.get(start).start();
                curEnd = tokens.get(i - 1).end();
            }
            // Range.
            int j = core.to;
            double value = core.value;
            double upper = core.value;
            int betweenAt = -1;
            String b = low(start - 1);
            if ((b.equals("between") || b.equals("antara")) && start - 1 >= floor) {
                betweenAt = start - 1;
            }
            String c = low(j);
            boolean connector = c.equals("-") || c.equals("\u2013") || c.equals("\u2014") || c.equals("hingga")
                    || c.equals("sampai") || c.equals("s/d") || c.equals("to")
                    || betweenAt >= 0 && (c.equals("and") || c.equals("dan"));
            if (connector) {
                // Rp50 juta sampai Rp100 juta: the second number may repeat the currency.
                int secondAt = currency != null && currency.equals(CURRENCY_BEFORE.get(low(j + 1))) ? j + 2 : j + 1;
                Num second = number(secondAt);
                if (second != null && second.digits == core.digits && !second.vague) {
                    double lo = core.scale == 1 && second.scale != 1 ? times(core.value, second.scale) : core.value;
                    if (second.value <= lo) {
                        return second.to; // a score (menang 2-1) or a pair of labels, not a range
                    }
                    if ((c.equals("-") || c.equals("\u2013")) && core.bare && second.bare && second.value < 100
                            && noUnitAfter(second.to)) {
                        return second.to; // a set score (21-18, 23-25): sports results carry no unit
                    }
                    value = lo;
                    upper = second.value;
                    j = second.to;
                }
            }
            if (j == core.to) {
                betweenAt = -1;
            }
            boolean range = j > core.to;
            boolean yearLike = core.digits && core.bare && core.scale == 1 && core.value >= 1800
                    && core.value <= 2100 && low(core.from).length() == 4;
            // Unit after the number.
            Quantity.Kind kind = Quantity.Kind.COUNT;
            String unit = null;
            int unitStart = -1;
            int unitEnd = -1;
            boolean strongUnit = false;
            int end = j;
            String a = low(j);
            if (PERCENT.contains(a)) {
                kind = Quantity.Kind.PERCENT;
                unit = "%";
                unitStart = tokens.get(j).start();
                unitEnd = tokens.get(j).end();
                end = j + 1;
                strongUnit = true;
            } else if (a.equals("per") && low(j + 1).equals("cent")) {
                kind = Quantity.Kind.PERCENT;
                unit = "%";
                unitStart = tokens.get(j).start();
                unitEnd = tokens.get(j + 1).end();
                end = j + 2;
                strongUnit = true;
            } else if (currency == null && CURRENCY_AFTER.containsKey(a) && kind(j) == Token.Kind.WORD
                    && !yearLike) {
                kind = Quantity.Kind.MONEY;
                unit = CURRENCY_AFTER.get(a);
                int e = (a.equals("dolar") || a.equals("dollar") || a.equals("dollars"))
                        && DOLLAR_OF.contains(low(j + 1)) ? j + 2 : j + 1;
                if (e == j + 2 && !low(j + 1).equals("as") && !low(j + 1).equals("us")) {
                    unit = switch (low(j + 1)) {
                        case "singapura" -> "SGD";
                        case "australia" -> "AUD";
                        default -> "USD";
                    };
                }
                unitStart = tokens.get(j).start();
                unitEnd = tokens.get(e - 1).end();
                end = e;
                strongUnit = true;
            } else if (currency != null) {
                kind = Quantity.Kind.MONEY;
                unit = currency;
                unitStart = curStart;
                unitEnd = curEnd;
                strongUnit = true;
            } else {
                int n = j;
                if (core.vague && a.equals("of") || a.equals("of") && low(core.to - 1).equals("dozen")) {
                    n = j + 1;
                }
                int[] noun = noun(n);
                if (noun == null && lang != Lang.ID) {
                    // English puts adjectives first: 3,000 Russian paratroopers, hundreds of armoured vehicles.
                    for (int skip = 1; skip <= 2 && noun == null; skip++) {
                        if (kind(n + skip - 1) != Token.Kind.WORD || NOT_NOUNS.contains(low(n + skip - 1))) {
                            break;
                        }
                        noun = noun(n + skip);
                        if (noun != null && noun[2] == 0) {
                            noun = null;
                        }
                    }
                }
                if (noun == null) {
                    noun = fallbackNoun(n);
                }
                if (noun != null) {
                    unitStart = tokens.get(noun[0]).start();
                    unitEnd = tokens.get(noun[1] - 1).end();
                    unit = text.substring(unitStart, unitEnd);
                    end = noun[1];
                    strongUnit = noun[2] == 1;
                }
            }
            boolean one = !core.digits && !core.vague && core.value == 1 && core.to == core.from + 1;
            if ((yearLike || one || nameBefore(start)) && !strongUnit && core.scale == 1) {
                return j;
            }
            if (core.digits && core.scale == 1 && !strongUnit && kind(j) == Token.Kind.NUMBER) {
                return j; // lists of codes or scores: 180 254
            }
            // Approximation markers before the expression.
            boolean approximate = core.vague;
            if (betweenAt >= 0) {
                start = betweenAt;
            } else {
                for (int round = 0; round < 2; round++) {
                    int m = marker(start, floor);
                    if (m < 0 && start - 1 >= floor && TRANSPARENT.contains(low(start - 1))) {
                        m = marker(start - 1, floor); // diperkirakan mencapai 1.000 orang
                    }
                    if (m < 0) {
                        break;
                    }
                    start = m;
                    approximate = true;
                }
            }
            int s = tokens.get(start).start();
            int e = tokens.get(end - 1).end();
            out.add(new Quantity(s, e, value, upper, approximate, kind, unit, unitStart, unitEnd));
            return end;
        }

        /** Start of an approximation marker ending just before token {@code at}, or -1. */
        int marker(int at, int floor) {
            int best = -1;
            for (String[] m : MARKERS) {
                int from = at - m.length;
                if (from < floor || from < 0 || from < best && best >= 0) {
                    continue;
                }
                boolean match = true;
                for (int k = 0; k < m.length && match; k++) {
                    match = low(from + k).equals(m[k]);
                }
                if (match && m.length == 1 && m[0].equals("over") && OVER_VERBS.contains(low(from - 1))) {
                    match = false;
                }
                if (match && (best < 0 || from < best)) {
                    best = from;
                }
            }
            return best;
        }

        /** Whether token {@code at} follows a capitalised word in mid-sentence: Pasal 5, Boeing 737, Liga 1. */
        boolean nameBefore(int at) {
            int p = at - 1;
            if (p < 1 || kind(p) != Token.Kind.WORD) {
                return false;
            }
            String w = tokens.get(p).text(text);
            if (!Character.isUpperCase(w.charAt(0)) || kind(p - 1) == Token.Kind.PUNCT) {
                return false;
            }
            String l = low(p);
            for (String[] m : MARKERS) {
                if (m[m.length - 1].equals(l)) {
                    return false;
                }
            }
            return !l.equals("sebanyak") && !l.equals("total");
        }

        /** Whether nothing that could be a unit (percent, currency, lexicon noun) starts at token {@code j}. */
        boolean noUnitAfter(int j) {
            String a = low(j);
            return !PERCENT.contains(a) && !CURRENCY_AFTER.containsKey(a) && lexicon(j) < 0;
        }

        /** The lexicon noun at {@code j} as {from, to, 1}, looking through a classifier; or null. */
        int[] noun(int j) {
            int to = lexicon(j);
            if (to < 0) {
                return null;
            }
            if (CLASSIFIERS.contains(low(j)) && to == j + 1) {
                int to2 = lexicon(j + 1);
                if (to2 > 0 && !CLASSIFIERS.contains(low(j + 1))) {
                    return new int[] {j + 1, to2, 1};
                }
                // dua buah pelampung; but after "orang" comes a verb as often as a noun (tiga orang datang).
                int[] next = low(j).equals("orang") ? null : fallbackNoun(j + 1);
                if (next != null) {
                    return new int[] {next[0], next[1], 1};
                }
            }
            return new int[] {j, to, 1};
        }

        int lexicon(int j) {
            List<String[]> cands = NOUNS.get(low(j));
            if (cands == null || kind(j) != Token.Kind.WORD) {
                return -1;
            }
            for (String[] c : cands) {
                boolean match = true;
                for (int k = 1; k < c.length && match; k++) {
                    match = low(j + k).equals(c[k]);
                }
                if (match) {
                    return j + c.length;
                }
            }
            return -1;
        }

        private static boolean numberWord(String w) {
            return UNITS.containsKey(w) || TENS.containsKey(w) || SCALES.containsKey(w) || VAGUE.containsKey(w)
                    || SE_POWERS.containsKey(w) || w.equals("belas") || w.equals("puluh") || w.equals("ratus");
        }

        /** The next word when it plausibly is the counted noun, as {j, j+1, 0}; or null. */
        int[] fallbackNoun(int j) {
            if (kind(j) != Token.Kind.WORD) {
                return null;
            }
            String raw = tokens.get(j).text(text);
            String w = low(j);
            if (w.length() < 3 || !Character.isLowerCase(raw.charAt(0)) || NOT_NOUNS.contains(w)
                    || MONTHS.contains(w) || numberWord(w)) {
                return null;
            }
            for (int k = 0; k < w.length(); k++) {
                char ch = w.charAt(k);
                if (!Character.isLetter(ch) && ch != '-') {
                    return null;
                }
            }
            if (lang != Lang.EN && w.length() > 5) {
                for (String p : VERB_PREFIXES_ID) {
                    if (w.startsWith(p)) {
                        return null;
                    }
                }
            }
            if (lang != Lang.ID && (w.endsWith("ed") || w.endsWith("ing") || w.endsWith("ly"))) {
                return null;
            }
            return new int[] {j, j + 1, 0};
        }
    }

    /** {@code v * scale} without binary noise: 1,09 triliun is 1090000000000, not 1.0900000000000001E12. */
    private static double times(double v, double scale) {
        return BigDecimal.valueOf(v).multiply(BigDecimal.valueOf(scale)).doubleValue();
    }

    private static List<String[]> phrases(String... ps) {
        List<String[]> l = new ArrayList<>();
        for (String p : ps) {
            l.add(p.split(" "));
        }
        return List.copyOf(l);
    }

    private static Map<String, List<String[]>> index(List<String[]> phrases) {
        Map<String, List<String[]>> m = new HashMap<>();
        for (String[] p : phrases) {
            m.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p);
        }
        Map<String, List<String[]>> frozen = new HashMap<>();
        for (Map.Entry<String, List<String[]>> e : m.entrySet()) {
            List<String[]> l = new ArrayList<>(e.getValue());
            l.sort(Comparator.comparingInt((String[] p) -> p.length).reversed());
            frozen.put(e.getKey(), List.copyOf(l));
        }
        return Map.copyOf(frozen);
    }
}
