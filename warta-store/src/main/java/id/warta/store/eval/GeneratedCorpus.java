package id.warta.store.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Realistic Indonesian news articles generated from the PANL-BPPT sentences, deterministic from a seed, streamed
 * (a million articles cost no more memory than ten), with a share of near-duplicates whose originals are known.
 *
 * <p>An original is 8 to 16 sentences of one section of the corpus (international, economy, science, sport), drawn as
 * runs of 2 to 4 consecutive sentences from random places, so that it reads locally like news and two originals rarely
 * share more than a sentence run; paragraphs of 1 to 3 sentences, the first opening with the outlet's dateline, a "Baca
 * Juga" teaser now and then, the outlet's closing lines. Outlets, their URL schemes and editors are invented; titles
 * are made from the lead sentence; publication days advance from 1 January 2021 over the stream, to 31 December 2023
 * unless another span is asked for. The other kinds ({@link GeneratedArticle.Kind}) copy, rewrite or resemble one of
 * the originals of the last three days (at most the last {@value #RECENT}), as syndication does.
 *
 * <p>Nothing of the corpus is kept: the folder is read at run time. Thread-safe; each iterator is independent.
 */
public final class GeneratedCorpus {

    /**
     * The share of each kind among the generated articles; the rest are originals.
     *
     * @param syndicated syndicated copies
     * @param rewrite    light rewrites
     * @param repost     exact reposts under URL variants
     * @param lookalike  look-alikes (hard negatives: not copies)
     */
    public record Shares(double syndicated, double rewrite, double repost, double lookalike) {

        /** About one article in five a copy, as in an aggregated feed of Indonesian outlets. */
        public static final Shares DEFAULTS = new Shares(0.10, 0.08, 0.02, 0.06);

        public Shares {
            for (double s : new double[]{syndicated, rewrite, repost, lookalike}) {
                if (!(s >= 0 && s <= 1)) {
                    throw new IllegalArgumentException("a share lies in [0, 1]: " + s);
                }
            }
            if (syndicated + rewrite + repost + lookalike > 0.9) {
                throw new IllegalArgumentException("at least a tenth of the articles must be originals");
            }
        }
    }

    /** Originals a copy may be made of: the most recent ones. */
    static final int RECENT = 2_000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);
    /** The days the articles spread over unless told otherwise: three years. */
    public static final int DAYS = 3 * 365;
    private static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    private static final String[] SECTIONS = {"ECO", "INT", "SCI", "SPO"};
    private static final Map<String, String[]> SECTION_PATHS = Map.of("ECO", new String[]{"ekonomi", "bisnis"},
            "INT", new String[]{"internasional", "dunia"}, "SCI", new String[]{"sains", "tekno"},
            "SPO", new String[]{"olahraga", "sport"});
    private static final String[] NAME_HEADS = {"Kabar", "Warta", "Lintas", "Jurnal", "Gema", "Pelita", "Sinar",
            "Detak", "Corong", "Pewarta", "Bentara", "Tajuk", "Serambi", "Nadi", "Jendela", "Arus"};
    private static final String[] NAME_TAILS = {"Nusa", "Timur", "Raya", "Bahari", "Khatulistiwa", "Pagi",
            "Rakyat", "Kota", "Selatan", "Andalas", "Borneo", "Priangan"};
    private static final String[] TLDS = {".id", ".co.id", ".com", ".net"};
    private static final String[] EDITORS = {"Rina Wulandari", "Agus Santoso", "Dewi Lestari", "Bambang Hermawan",
            "Siti Rahmawati", "Yohanes Manurung", "Fajar Nugroho", "Ni Made Ayu", "Hendra Gunawan", "Lukman Hakim"};
    private static final String[] DATELINE_CITIES = {"JAKARTA", "JAKARTA", "JAKARTA", "SURABAYA", "BANDUNG",
            "MEDAN", "MAKASSAR", "DENPASAR", "YOGYAKARTA", "SEMARANG"};
    private static final String[] TITLE_PREFIXES = {"", "", "", "", "VIDEO: ", "FOTO: ", "Terkini: ", "UPDATE: "};
    private static final Set<String> SMALL_WORDS = Set.of("di", "ke", "dari", "dan", "yang", "untuk", "dengan",
            "pada", "atau", "oleh", "dalam", "itu", "ini", "akan", "telah", "sebagai", "bagi", "antara");
    private static final Set<String> TITLE_SKIP = Set.of("sebuah", "seorang", "para", "namun", "sementara",
            "selain", "dalam", "pada", "menurut", "itu", "ini");
    /** Words an editor swaps when rewriting an agency story, both ways. */
    private static final String[][] SYNONYMS = {{"mengatakan", "menyatakan"}, {"kata", "ujar"},
            {"tersebut", "itu"}, {"telah", "sudah"}, {"akan", "bakal"}, {"namun", "tetapi"}, {"sekitar", "kira-kira"},
            {"banyak", "sejumlah"}, {"ketika", "saat"}, {"menambahkan", "menuturkan"}, {"jumlah", "total"},
            {"hingga", "sampai"}, {"meskipun", "walaupun"}, {"karena", "sebab"}, {"agar", "supaya"},
            {"setelah", "usai"}, {"sejak", "semenjak"}, {"mengungkapkan", "menyebutkan"}};

    private static final Pattern NOT_TITLE = Pattern.compile("[,.;:!?\"()]|(?<=\\s)-(?=\\s)");
    private static final Pattern WORD_SEPARATOR = Pattern.compile("\\s+");
    private static final Pattern MONTH = Pattern.compile(" (Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Agt|Sep|Okt|Nov|Des)");

    private final List<String[]> sections;
    private final long seed;
    private final Shares shares;
    private final List<Site> sites;
    private final int sentenceCount;

    private GeneratedCorpus(List<String[]> sections, long seed, Shares shares) {
        this.sections = sections;
        this.sentenceCount = sections.stream().mapToInt(s -> s.length).sum();
        this.seed = seed;
        this.shares = shares;
        this.sites = sites(seed);
    }

    /** The corpus over the PANL-BPPT folder {@code panlBpptDir} with the default shares. */
    public static GeneratedCorpus open(Path panlBpptDir, long seed) throws IOException {
        return open(panlBpptDir, seed, Shares.DEFAULTS);
    }

    /**
     * The corpus over the PANL-BPPT folder ({@code ../shared/corpora/panl-bppt-news}: its Indonesian
     * {@code PANL-BPPT-<section>-ID-*.txt} files are read).
     *
     * @throws IOException when the folder or one of its four Indonesian files cannot be read
     */
    public static GeneratedCorpus open(Path panlBpptDir, long seed, Shares shares) throws IOException {
        Objects.requireNonNull(panlBpptDir, "panlBpptDir");
        Objects.requireNonNull(shares, "shares");
        List<String[]> sections = new ArrayList<>();
        for (String section : SECTIONS) {
            List<Path> files;
            try (Stream<Path> list = Files.list(panlBpptDir)) {
                files = list.filter(p -> p.getFileName().toString().startsWith("PANL-BPPT-" + section + "-ID-"))
                        .sorted().toList();
            }
            if (files.isEmpty()) {
                throw new IOException("no PANL-BPPT-" + section + "-ID-*.txt in " + panlBpptDir);
            }
            List<String> sentences = new ArrayList<>();
            for (Path f : files) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String s = line.strip();
                    if (!s.isEmpty()) {
                        sentences.add(s);
                    }
                }
            }
            sections.add(sentences.toArray(String[]::new));
        }
        return new GeneratedCorpus(sections, seed, shares);
    }

    /** The first {@code count} articles, generated as they are read, published over {@value #DAYS} days. */
    public Iterator<GeneratedArticle> iterator(int count) {
        return iterator(count, DAYS);
    }

    /**
     * The first {@code count} articles, generated as they are read, published over {@code days} days from 1 January
     * 2021 (a news crawl's month is some 30, an archive's years many hundreds). Copies are made of the originals of
     * about the last three days, so the span also sets how many originals a copy may come from.
     */
    public Iterator<GeneratedArticle> iterator(int count, int days) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1: " + days);
        }
        return new Generator(count, days);
    }

    /** The first {@code count} articles as a sequential stream, generated as they are read. */
    public Stream<GeneratedArticle> stream(int count) {
        return StreamSupport.stream(Spliterators.spliterator(iterator(count), count,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
    }

    /** An invented outlet: name, domain, how its URLs look, its closing line. */
    private record Site(String name, String domain, int urlStyle, String closing) {
    }

    private static List<Site> sites(long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x51735L);
        List<Site> out = new ArrayList<>();
        for (String head : NAME_HEADS) {
            for (String tail : NAME_TAILS) {
                if (random.nextInt(4) != 0) {
                    continue;
                }
                String tld = TLDS[random.nextInt(TLDS.length)];
                String domain = (head + tail).toLowerCase(Locale.ROOT) + tld;
                String name = head + tail + (tld.equals(".com") ? ".com" : "");
                String closing = switch (random.nextInt(4)) {
                    case 0 -> "Simak berita dan artikel lainnya di Google News.";
                    case 1 -> "Ikuti berita terkini " + name + " di WhatsApp Channel.";
                    case 2 -> "Dapatkan update berita pilihan setiap hari dari " + name + ".";
                    default -> "Artikel ini telah tayang di " + name + ".";
                };
                out.add(new Site(name, domain, random.nextInt(3), closing));
            }
        }
        return out;
    }

    /** What an original is made of, kept for its copies. */
    private record Recipe(String id, int section, long salt, int[][] paragraphs, String title,
                          OffsetDateTime published, Site site, String url, String text) {

        Recipe(String id, int section, long salt, int[][] paragraphs, String title, OffsetDateTime published,
               Site site, String url) {
            this(id, section, salt, paragraphs, title, published, site, url, null);
        }

        Recipe withText(String value) {
            return new Recipe(id, section, salt, paragraphs, title, published, site, url, value);
        }
    }

    /** One pass over the corpus; its random numbers are drawn in a fixed order, so every pass is the same. */
    private final class Generator implements Iterator<GeneratedArticle> {

        private final int count;
        private final int days;
        private final SplittableRandom random = new SplittableRandom(seed);
        private final Recipe[] recent = new Recipe[RECENT];
        /** Originals of about the last three days, the ones copies and teasers are taken from. */
        private final int window;
        private int originals;
        private int index;

        Generator(int count, int days) {
            this.count = count;
            this.days = days;
            this.window = (int) Math.max(1, Math.min(RECENT, 3L * count / days));
        }

        /** One of the originals of the last days. */
        private Recipe recentOriginal() {
            int back = random.nextInt(Math.min(originals, window));
            return recent[Math.floorMod(originals - 1 - back, RECENT)];
        }

        @Override
        public boolean hasNext() {
            return index < count;
        }

        @Override
        public GeneratedArticle next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            String id = String.format(Locale.ROOT, "g%07d", index);
            OffsetDateTime now = FIRST_DAY.plusDays((long) index * days / Math.max(1, count))
                    .atTime(6 + random.nextInt(17), random.nextInt(60), random.nextInt(60)).atOffset(WIB);
            double roll = random.nextDouble();
            GeneratedArticle out;
            if (originals == 0 || roll >= shares.syndicated() + shares.rewrite() + shares.repost()
                    + shares.lookalike()) {
                out = fresh(original(id, now, null), GeneratedArticle.Kind.ORIGINAL, null);
            } else {
                Recipe source = recentOriginal();
                if (roll < shares.syndicated()) {
                    out = syndicated(id, source);
                } else if (roll < shares.syndicated() + shares.rewrite()) {
                    out = rewrite(id, source);
                } else if (roll < shares.syndicated() + shares.rewrite() + shares.repost()) {
                    out = repost(id, source);
                } else {
                    out = fresh(original(id, now, source), GeneratedArticle.Kind.LOOKALIKE, source);
                }
            }
            index++;
            return out;
        }

        /** An article of its own, rendered and remembered (with its text, for reposts) for later copies. */
        private GeneratedArticle fresh(Recipe r, GeneratedArticle.Kind kind, Recipe model) {
            GeneratedArticle a = render(r, kind, model, false);
            recent[originals % RECENT] = r.withText(a.text());
            originals++;
            return a;
        }

        /** A new article; a look-alike of {@code like} when given: its section, one to three sentences, title words. */
        private Recipe original(String id, OffsetDateTime published, Recipe like) {
            int section = like != null ? like.section() : pickSection();
            String[] pool = sections.get(section);
            List<Integer> sentences = new ArrayList<>();
            int target = 8 + random.nextInt(9);
            while (sentences.size() < target) {
                int run = 1 + random.nextInt(2);
                int start = random.nextInt(pool.length - run);
                for (int k = 0; k < run; k++) {
                    sentences.add(start + k);
                }
            }
            // a look-alike renders the sentences it shares with the figures its model gave them
            long salt = like != null ? like.salt() : random.nextLong();
            String title = title(renumber(pool[sentences.get(0)], salt + sentences.get(0)));
            if (like != null) {
                int[] flat = flatten(like.paragraphs());
                int shared = 1 + random.nextInt(3);
                for (int k = 0; k < shared; k++) {
                    sentences.add(1 + random.nextInt(sentences.size() - 1), flat[random.nextInt(flat.length)]);
                }
                String[] words = like.title().split(" ");
                title = String.join(" ", List.of(words).subList(0, Math.min(3, words.length))) + " "
                        + title.substring(title.indexOf(' ') + 1);
            }
            Site site = sites.get(random.nextInt(sites.size()));
            return new Recipe(id, section, salt, paragraphs(sentences), title, published, site,
                    url(site, section, published, id, title));
        }

        /** A section, in proportion to its sentences. */
        private int pickSection() {
            int r = random.nextInt(sentenceCount);
            for (int k = 0; k < sections.size(); k++) {
                r -= sections.get(k).length;
                if (r < 0) {
                    return k;
                }
            }
            return sections.size() - 1;
        }

        /** Another outlet's copy: same sentences, its own title, dateline, teaser and closing lines. */
        private GeneratedArticle syndicated(String id, Recipe source) {
            Site site = otherSite(source.site());
            OffsetDateTime published = source.published().plusMinutes(5 + random.nextInt(2 * 24 * 60));
            String title = random.nextInt(2) == 0 ? source.title()
                    : TITLE_PREFIXES[random.nextInt(TITLE_PREFIXES.length)] + retitle(source.title());
            int[][] paragraphs = source.paragraphs();
            if (paragraphs.length > 4 && random.nextInt(4) == 0) {
                // the copy stops a paragraph early ("baca selengkapnya" at the source)
                paragraphs = Arrays.copyOf(paragraphs, paragraphs.length - 1);
            }
            Recipe copy = new Recipe(id, source.section(), source.salt(), paragraphs, title, published, site,
                    url(site, source.section(), published, id, title));
            return render(copy, GeneratedArticle.Kind.SYNDICATED, source, false);
        }

        /** A light rewrite: sentences dropped, replaced, added and moved, words swapped, a new title. */
        private GeneratedArticle rewrite(String id, Recipe source) {
            List<Integer> sentences = new ArrayList<>();
            for (int s : flatten(source.paragraphs())) {
                sentences.add(s);
            }
            String[] pool = sections.get(source.section());
            int drops = 1 + random.nextInt(2);
            for (int k = 0; k < drops && sentences.size() > 4; k++) {
                sentences.remove(1 + random.nextInt(sentences.size() - 1));
            }
            if (random.nextBoolean()) {
                sentences.set(1 + random.nextInt(sentences.size() - 1), random.nextInt(pool.length));
            }
            if (random.nextInt(3) == 0) {
                sentences.add(1 + random.nextInt(sentences.size() - 1), random.nextInt(pool.length));
            }
            if (random.nextBoolean()) {
                int k = 1 + random.nextInt(sentences.size() - 2);
                sentences.set(k, sentences.set(k + 1, sentences.get(k)));
            }
            Site site = random.nextInt(5) == 0 ? source.site() : otherSite(source.site());
            OffsetDateTime published = source.published().plusMinutes(30 + random.nextInt(3 * 24 * 60));
            int lead = sentences.get(random.nextInt(Math.min(3, sentences.size())));
            String title = retitle(title(renumber(pool[lead], source.salt() + lead)));
            Recipe copy = new Recipe(id, source.section(), source.salt(), paragraphs(sentences), title, published, site,
                    url(site, source.section(), published, id, title));
            return render(copy, GeneratedArticle.Kind.REWRITE, source, true);
        }

        /** The same page again under a variant of its URL. */
        private GeneratedArticle repost(String id, Recipe source) {
            String url = source.url();
            url = switch (random.nextInt(4)) {
                case 0 -> url + "?utm_source=facebook&utm_medium=social&utm_campaign=share";
                case 1 -> url.replace("https://www.", "https://").replace("https://", "http://");
                case 2 -> url + (url.contains("/berita/") ? "/amp" : "?amp=1");
                default -> url + "?fbclid=IwAR" + Long.toString(random.nextLong() >>> 1, 36);
            };
            return new GeneratedArticle(id, GeneratedArticle.Kind.REPOST, source.id(), source.url(), null, url,
                    source.site().name(), source.title(), source.published(), source.text());
        }

        private Site otherSite(Site not) {
            Site s;
            do {
                s = sites.get(random.nextInt(sites.size()));
            } while (s.equals(not));
            return s;
        }

        /** Sentences into paragraphs of 1 to 3, as Indonesian online outlets cut agency copy. */
        private int[][] paragraphs(List<Integer> sentences) {
            List<int[]> out = new ArrayList<>();
            int i = 0;
            while (i < sentences.size()) {
                int n = Math.min(sentences.size() - i, 1 + random.nextInt(3));
                int[] p = new int[n];
                for (int k = 0; k < n; k++) {
                    p[k] = sentences.get(i + k);
                }
                out.add(p);
                i += n;
            }
            return out.toArray(int[][]::new);
        }

        /**
         * The article's text: dateline, paragraphs (a rewrite's words swapped), a teaser for an earlier article
         * sometimes, the editor's initials and the outlet's closing line sometimes.
         */
        private GeneratedArticle render(Recipe r, GeneratedArticle.Kind kind, Recipe source, boolean reword) {
            String[] pool = sections.get(r.section());
            StringBuilder text = new StringBuilder(2_500);
            boolean domestic = !SECTIONS[r.section()].equals("INT");
            text.append(domestic ? DATELINE_CITIES[random.nextInt(DATELINE_CITIES.length)] + ", " : "")
                    .append(r.site().name()).append(" - ");
            int teaserAfter = originals > 1 && random.nextBoolean() ? 1 + random.nextInt(3) : -1;
            for (int p = 0; p < r.paragraphs().length; p++) {
                if (p > 0) {
                    text.append("\n\n");
                }
                int[] paragraph = r.paragraphs()[p];
                for (int k = 0; k < paragraph.length; k++) {
                    if (k > 0) {
                        text.append(' ');
                    }
                    String sentence = renumber(pool[paragraph[k]], r.salt() + paragraph[k]);
                    text.append(reword ? reword(sentence) : sentence);
                }
                if (p == teaserAfter) {
                    Recipe other = recentOriginal();
                    text.append("\n\nBaca Juga: ").append(other.title());
                }
            }
            String editor = EDITORS[random.nextInt(EDITORS.length)];
            text.append(" (").append(initials(editor)).append(')');
            if (random.nextInt(3) == 0) {
                text.append("\n\nEditor: ").append(editor);
            }
            if (random.nextBoolean()) {
                text.append("\n\n").append(r.site().closing());
            }
            boolean copy = kind != GeneratedArticle.Kind.LOOKALIKE && source != null;
            return new GeneratedArticle(r.id(), kind, copy ? source.id() : null, copy ? source.url() : null,
                    kind == GeneratedArticle.Kind.LOOKALIKE ? source.id() : null, r.url(), r.site().name(), r.title(),
                    r.published(), text.toString());
        }

        /** A sentence with about a third of its swappable words swapped. */
        private String reword(String sentence) {
            String[] words = sentence.split(" ");
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                for (String[] pair : SYNONYMS) {
                    int side = w.equals(pair[0]) ? 1 : w.equals(pair[1]) ? 0 : -1;
                    if (side >= 0 && random.nextInt(3) == 0) {
                        words[i] = pair[side];
                        break;
                    }
                }
            }
            return String.join(" ", words);
        }

        /** A headline made from a sentence: its first content words, capitalised, the small words kept low. */
        private String title(String sentence) {
            String[] words = WORD_SEPARATOR.split(NOT_TITLE.matcher(sentence).replaceAll("").strip());
            int start = 0;
            while (start < words.length - 4 && TITLE_SKIP.contains(words[start].toLowerCase(Locale.ROOT))) {
                start++;
            }
            int n = Math.min(words.length - start, 6 + random.nextInt(5));
            StringBuilder sb = new StringBuilder();
            for (int k = start; k < start + n; k++) {
                String w = words[k];
                if (w.isEmpty()) {
                    continue;
                }
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                if (sb.length() > 0 && SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                    sb.append(w.toLowerCase(Locale.ROOT));
                } else {
                    sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
                }
            }
            return withoutSmallEnd(sb.toString());
        }

        /** A headline does not end on a small word. */
        private String withoutSmallEnd(String title) {
            String t = title;
            int space = t.lastIndexOf(' ');
            while (space > 0 && SMALL_WORDS.contains(t.substring(space + 1).toLowerCase(Locale.ROOT))) {
                t = t.substring(0, space);
                space = t.lastIndexOf(' ');
            }
            return t;
        }

        /** Another outlet's headline for the same story: the words reordered around the verb or cut. */
        private String retitle(String title) {
            String[] words = title.split(" ");
            if (words.length < 5) {
                return title;
            }
            int cut = 2 + random.nextInt(words.length - 3);
            String head = String.join(" ", List.of(words).subList(cut, words.length));
            String tail = String.join(" ", List.of(words).subList(0, cut));
            return Character.toUpperCase(head.charAt(0)) + head.substring(1) + ", " + withoutSmallEnd(tail);
        }

        private String url(Site site, int section, OffsetDateTime published, String id, String title) {
            String path = SECTION_PATHS.get(SECTIONS[section])[random.nextInt(2)];
            String slug = slug(title);
            long number = 100_000L + Long.parseLong(id.substring(1)) * 7 + random.nextInt(7);
            return switch (site.urlStyle()) {
                case 0 -> String.format(Locale.ROOT, "https://www.%s/%s/read/%04d/%02d/%02d/%d/%s", site.domain(),
                        path, published.getYear(), published.getMonthValue(), published.getDayOfMonth(), number,
                        slug);
                case 1 -> "https://" + path + "." + site.domain() + "/berita/d-" + number + "/" + slug;
                default -> "https://" + site.domain() + "/" + path + "/" + number + "/" + slug + ".html";
            };
        }
    }

    private static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        return s.length() > 80 ? s.substring(0, 80).replaceAll("-[^-]*$", "") : s;
    }

    /**
     * The sentence with its counts changed, the same way for the same salt: the corpus repeats its sentences across
     * the many articles generated, and an article's own figures keep two articles that share a sentence from
     * sharing all of it. A count is a whole number of one to three digits standing as a word; the parts of
     * decimals and times ({@code 8,4}, {@code 14.30}), day numbers before a month and years stay.
     */
    static String renumber(String sentence, long salt) {
        StringBuilder out = null;
        int n = sentence.length();
        int i = 0;
        while (i < n) {
            if (!Character.isDigit(sentence.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && Character.isDigit(sentence.charAt(end))) {
                end++;
            }
            if (end - i <= 3 && standsAlone(sentence, i, end) && !MONTH.matcher(sentence).region(end, n).lookingAt()) {
                if (out == null) {
                    out = new StringBuilder(sentence);
                }
                long h = salt * 0x9E3779B97F4A7C15L + i;
                h ^= h >>> 29;
                h *= 0xbf58476d1ce4e5b9L;
                h ^= h >>> 32;
                int digits = end - i;
                int low = digits == 1 ? 2 : (int) Math.pow(10, digits - 1);
                int value = low + (int) Math.floorMod(h, (long) (low * 10 - low));
                out.replace(i, end, Integer.toString(value));
            }
            i = end;
        }
        return out == null ? sentence : out.toString();
    }

    /** Whether the digits at [start, end) are a word of their own, not part of a decimal, time or code. */
    private static boolean standsAlone(String s, int start, int end) {
        boolean before = start == 0 || s.charAt(start - 1) == ' ' || s.charAt(start - 1) == '(';
        if (!before) {
            return false;
        }
        if (end == s.length()) {
            return true;
        }
        char after = s.charAt(end);
        boolean separator = after == ',' || after == '.' || after == ':' || after == '/';
        return after == ' ' || after == ')' || separator && (end + 1 == s.length() || !Character.isDigit(s.charAt(end + 1)));
    }

    private static int[] flatten(int[][] paragraphs) {
        int n = 0;
        for (int[] p : paragraphs) {
            n += p.length;
        }
        int[] out = new int[n];
        int i = 0;
        for (int[] p : paragraphs) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.split(" ")) {
            sb.append(Character.toLowerCase(part.charAt(0)));
        }
        return sb.toString();
    }
}
