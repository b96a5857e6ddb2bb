package id.warta.extract;

import id.warta.model.Block;
import id.warta.model.Related;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ContentExtractorTest {

    private final ContentExtractor extractor = new ContentExtractor();

    private Body extract(String resource, String url) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/extract/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            return extractor.extract(Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), url));
        }
    }

    private static List<String> texts(Body body) {
        return body.paragraphs().stream().map(Paragraph::text).toList();
    }

    private static String joined(Body body) {
        return String.join("\n", texts(body));
    }

    @Test
    void indonesianNewsKeepsParagraphsAndHeadingInOrder() throws IOException {
        Body body = extract("id-news-read-content.html", "https://www.contoh-warta.id/regional/read/2024/02/12/banjir");
        assertThat(body.paragraphs()).extracting(Paragraph::type, p -> p.text().substring(0, 20)).containsExactly(
                tuple(Block.Type.PARAGRAPH, "SEMARANG, Kompas Lam"),
                tuple(Block.Type.PARAGRAPH, "Ketinggian air di pe"),
                tuple(Block.Type.PARAGRAPH, "Kepala Pelaksana Bad"),
                tuple(Block.Type.PARAGRAPH, "\"Kami prioritaskan l"),
                tuple(Block.Type.PARAGRAPH, "Menurut Endro, banji"),
                tuple(Block.Type.HEADING, "Pengungsi Dapat Bant"),
                tuple(Block.Type.PARAGRAPH, "Sebanyak 215 warga k"),
                tuple(Block.Type.PARAGRAPH, "Lurah Kemijen, Sri H"));
        assertThat(body.paragraphs().get(5).level()).isEqualTo(2);
        assertThat(body.paragraphs().get(0).text()).isEqualTo("SEMARANG, Kompas Lama - Hujan deras yang mengguyur "
                + "Kota Semarang sejak Minggu (11/2/2024) malam membuat ratusan rumah di wilayah Semarang Timur "
                + "terendam banjir hingga Senin pagi.");
    }

    @Test
    void indonesianTeaserLineAndBoxBecomeRelatedWithAbsoluteUrls() throws IOException {
        Body body = extract("id-news-read-content.html", "https://www.contoh-warta.id/regional/read/2024/02/12/banjir");
        assertThat(body.related()).containsExactly(
                new Related("Pompa Air Tambak Lorok Rusak, Warga Khawatir Rob Meluas",
                        "https://www.contoh-warta.id/regional/read/2024/02/10/pompa-air-tambak-lorok-rusak"),
                new Related("Jalan Kaligawe Macet Parah akibat Genangan",
                        "https://www.contoh-warta.id/regional/read/2024/02/09/jalan-kaligawe-macet-parah"),
                new Related("BMKG Peringatkan Cuaca Ekstrem hingga Akhir Februari",
                        "https://www.contoh-warta.id/regional/read/2024/02/08/bmkg-peringatkan-cuaca-ekstrem"));
        assertThat(joined(body)).doesNotContain("Baca", "Pompa Air", "Kaligawe");
    }

    @Test
    void indonesianPageLeavesFurnitureOut() throws IOException {
        Body body = extract("id-news-read-content.html", "https://www.contoh-warta.id/regional/read/2024/02/12/banjir");
        assertThat(joined(body)).doesNotContain("Banjir Rendam Ratusan Rumah", "Penulis", "Bagikan", "ADVERTISEMENT",
                "Tag", "kotak masuk", "Setiap tahun kejadian", "Tetap semangat", "Copyright", "cookie", "Beranda",
                "Megapolitan", "Warga menerobos");
    }

    @Test
    void leadPhotoAboveTheTextIsTheImageAndItsCaptionIsNotText() throws IOException {
        Body body = extract("id-news-read-content.html", "https://www.contoh-warta.id/regional/read/2024/02/12/banjir");
        assertThat(body.image()).isNotNull();
        assertThat(body.image().url()).isEqualTo("https://www.contoh-warta.id/foto/2024/02/12/banjir-semarang.jpg");
        assertThat(body.image().caption()).startsWith("Warga menerobos genangan setinggi lutut");
        assertThat(body.captions()).containsExactly(body.image().caption());
    }

    @Test
    void englishBlogKeepsHeadingsListsQuotesTablesAndCode() throws IOException {
        Body body = extract("en-blog-structure.html", "https://blog.example.org/2024/03/04/build-times");
        assertThat(body.paragraphs()).extracting(Paragraph::type, Paragraph::level).containsExactly(
                tuple(Block.Type.PARAGRAPH, 0),
                tuple(Block.Type.PARAGRAPH, 0),
                tuple(Block.Type.HEADING, 2),
                tuple(Block.Type.PARAGRAPH, 0),
                tuple(Block.Type.PREFORMATTED, 0),
                tuple(Block.Type.HEADING, 2),
                tuple(Block.Type.PARAGRAPH, 0),
                tuple(Block.Type.LIST_ITEM, 1),
                tuple(Block.Type.LIST_ITEM, 2),
                tuple(Block.Type.LIST_ITEM, 3),
                tuple(Block.Type.QUOTE, 0),
                tuple(Block.Type.TABLE, 0),
                tuple(Block.Type.PARAGRAPH, 0));
        List<String> texts = texts(body);
        assertThat(texts.get(2)).isEqualTo("Caching the dependency tree");
        assertThat(texts.get(4)).isEqualTo("cache:\n  key: deps-${LOCKFILE_HASH}\n  paths:\n    - .deps/");
        assertThat(texts.get(8)).isEqualTo("Assign classes to shards greedily, longest first.");
        assertThat(texts.get(10)).isEqualTo(
                "The slowest shard sets the pace, so balancing matters more than the number of shards.");
        assertThat(texts.get(11)).isEqualTo(
                "Stage | Before | After\nDependencies | 12 min | 2 min\nTests | 24 min | 13 min");
        assertThat(texts.get(12)).startsWith("What did not help was moving to larger build machines");
    }

    @Test
    void englishBlogLeavesCommentsShareNewsletterCookieAndBioOut() throws IOException {
        Body body = extract("en-blog-structure.html", "https://blog.example.org/2024/03/04/build-times");
        assertThat(joined(body)).doesNotContain("How we cut our build times in half", "Maya Lindqvist",
                "We use cookies", "Great write-up", "remote build caching", "four thousand engineers",
                "Get the next post", "Advertisement", "Share on", "Tags", "Popular posts", "Median build duration");
        assertThat(body.related()).containsExactly(new Related("Why lock files matter more than you think",
                "https://blog.example.org/2023/11/lockfiles-explained"));
    }

    @Test
    void lazyImageInsideTheBodyWithItsCaption() throws IOException {
        Body body = extract("en-blog-structure.html", "https://blog.example.org/2024/03/04/build-times");
        assertThat(body.image()).isNotNull();
        assertThat(body.image().url()).isEqualTo("https://blog.example.org/uploads/2024/03/build-graph.png");
        assertThat(body.image().caption()).isEqualTo("Median build duration per week, January to March.");
        assertThat(body.captions()).containsExactly("Median build duration per week, January to March.");
    }

    @Test
    void doubleBreaksAndTextOnlyDivsSplitParagraphs() throws IOException {
        Body body = extract("id-br-paragraphs.html", "https://finance.contoh-detik.id/berita/d-7220000/cabai");
        assertThat(texts(body)).containsExactly(
                "Jakarta - Harga cabai rawit merah di sejumlah pasar tradisional Jakarta naik tajam dalam sepekan "
                        + "terakhir menjelang bulan Ramadan.",
                "Di Pasar Senen, cabai rawit merah kini dijual Rp 90.000 per kilogram, padahal pekan lalu masih "
                        + "berkisar Rp 65.000 per kilogram.",
                "\"Pasokan dari Jawa Tengah berkurang karena banyak petani gagal panen akibat hujan,\" ujar Sutrisno, "
                        + "pedagang sayur di pasar tersebut, Rabu (6/3/2024). Ia menambahkan pembeli mulai mengurangi "
                        + "jumlah belanjaan.",
                "Kementerian Perdagangan menyatakan akan menggelar operasi pasar di 20 titik untuk menahan kenaikan "
                        + "harga bahan pokok selama Ramadan.",
                "Operasi pasar dijadwalkan mulai pekan depan dan berlangsung hingga sepekan setelah Lebaran.",
                "Pedagang berharap operasi pasar tidak hanya digelar di pasar besar, tetapi juga menjangkau "
                        + "pasar-pasar kecil di pinggiran kota.");
    }

    @Test
    void labelledTeaserBoxIsReportedNotWritten() throws IOException {
        Body body = extract("id-br-paragraphs.html", "https://finance.contoh-detik.id/berita/d-7220000/cabai");
        assertThat(body.related()).containsExactly(
                new Related("Harga Beras Premium Tembus Rekor Baru",
                        "https://finance.contoh-detik.id/finance/d-123/harga-beras-premium-tembus-rekor"),
                new Related("Bulog Tambah Stok Gula di Pasar Induk",
                        "https://finance.contoh-detik.id/finance/d-555/bulog-tambah-stok-gula"),
                new Related("Stok Bawang Merah Dipastikan Aman hingga Lebaran",
                        "https://finance.contoh-detik.id/d-456/stok-bawang-merah-aman"),
                new Related("Inflasi Februari Didorong Harga Pangan",
                        "https://finance.contoh-detik.id/finance/d-789/inflasi-februari"));
    }

    @Test
    void pageWithoutArticleGivesNoParagraphs() {
        Document nav = Jsoup.parse("<html><body><nav><a href='/a'>Beranda</a> <a href='/b'>Nasional</a></nav>"
                + "<ul class='menu'><li><a href='/c'>Ekonomi</a></li><li><a href='/d'>Olahraga</a></li></ul>"
                + "<div class='footer'>Hak cipta dilindungi undang-undang.</div></body></html>", "https://x.id/");
        Body body = extractor.extract(nav);
        assertThat(body.paragraphs()).isEmpty();
        assertThat(body.image()).isNull();
        assertThat(extractor.extract(Jsoup.parse("")).paragraphs()).isEmpty();
    }

    @Test
    void deeplyNestedPageDoesNotOverflow() {
        int depth = 100_000;
        StringBuilder html = new StringBuilder(depth * 12);
        html.append("<html><body>");
        html.append("<div>".repeat(depth));
        html.append("<p>Warga desa di lereng gunung itu kembali mengungsi setelah aktivitas vulkanik meningkat, "
                + "kata petugas pos pengamatan pada Selasa malam.</p>");
        html.append("</div>".repeat(depth));
        html.append("</body></html>");
        Document doc = Jsoup.parse(html.toString());
        Body body = extractor.extract(doc);
        assertThat(joined(body)).contains("Warga desa di lereng gunung itu kembali mengungsi");
    }

    @Test
    void leadSummaryInItsOwnBoxAboveTheBodyComesFirst() {
        Document doc = Jsoup.parse("<html><body><div class='article'>"
                + "<h1>Central bank holds rates for a third month</h1>"
                + "<div class='share-bar'><a href='/s/fb'>Facebook</a> <a href='/s/x'>X</a></div>"
                + "<div class='article__summary'>The central bank left its benchmark rate unchanged on Thursday, "
                + "citing a still-fragile currency and food prices that remain above target.</div>"
                + "<div class='article__text'>"
                + "<p>Governor Ana Pereira told reporters that the board saw no case for a cut before the second "
                + "quarter, although two members had argued for an earlier move.</p>"
                + "<p>Markets had priced in a small chance of a reduction, and the currency firmed slightly after "
                + "the announcement, while bond yields were little changed by the afternoon.</p>"
                + "<p>The bank will publish the minutes of the meeting in two weeks, including the votes of each "
                + "member of the board and the staff's updated inflation forecasts.</p>"
                + "</div></div></body></html>", "https://news.example.com/economy/rates");
        Body body = extractor.extract(doc);
        assertThat(texts(body)).hasSize(4);
        assertThat(texts(body).get(0)).startsWith("The central bank left its benchmark rate unchanged");
        assertThat(texts(body).get(1)).startsWith("Governor Ana Pereira");
    }

    @Test
    void linkListUnderAMoreStoriesHeadingIsDroppedAndReported() {
        Document doc = Jsoup.parse("<html><body><article><div class='story'>"
                + "<p>The city council approved the new cycling lanes on Tuesday after a debate that lasted well "
                + "past midnight, with eleven votes in favour and four against.</p>"
                + "<p>Work on the first section, along the river, is due to start in the spring and should take "
                + "about five months, according to the transport department.</p>"
                + "<h3>More Great Local Stories</h3>"
                + "<ul><li>Why the old tram depot <a href='/2024/tram-depot'>is finally being restored</a></li>"
                + "<li>The bakery that <a href='/2024/bakery'>never closed during the floods</a></li></ul>"
                + "</div></article></body></html>", "https://local.example.com/2024/cycling-lanes");
        Body body = extractor.extract(doc);
        assertThat(texts(body)).hasSize(2);
        assertThat(joined(body)).doesNotContain("More Great", "tram depot", "bakery");
        assertThat(body.related()).extracting(Related::url).containsExactly(
                "https://local.example.com/2024/tram-depot", "https://local.example.com/2024/bakery");
    }

    @Test
    void datelinesBylinesAndHiddenTextAreLeftOut() {
        Document doc = Jsoup.parse("<html><body><div class='post-body'>"
                + "<p>By Hannah Okafor</p>"
                + "<p>Tuesday, 19 November 2019 08:38 AM</p>"
                + "<p>Kamis, 07 Maret 2024 14:05 WIB</p>"
                + "<p>The museum reopened its east wing on Monday after a two-year renovation that replaced the "
                + "roof, the lighting and most of the display cases.<span class='hidden'>ImageObject 1200 800"
                + "</span></p>"
                + "<p>Visitors queued for more than an hour to see the restored ceiling, which had been covered "
                + "by scaffolding since the spring of 2022.</p>"
                + "<p>Updated: Nov. 19, 2019 at 9:01 a.m.</p>"
                + "</div></body></html>", "https://news.example.com/culture/museum");
        Body body = extractor.extract(doc);
        assertThat(texts(body)).hasSize(2);
        assertThat(joined(body)).doesNotContain("Hannah", "08:38", "Maret", "ImageObject", "Updated");
    }

    @Test
    void embeddedPostInsideTheStoryIsKeptAsAQuote() {
        Document doc = Jsoup.parse("<html><body><div class='entry-content'>"
                + "<p>The mayor's announcement drew an immediate reaction from residents, many of whom had waited "
                + "years for the bridge to reopen to traffic.</p>"
                + "<div class='social-embed'><blockquote class='twitter-tweet'><p>Finally! Two years of detours "
                + "are over and my commute is back to twenty minutes.</p>&mdash; Rosa M. (@rosa_m)</blockquote>"
                + "</div>"
                + "<p>The transport department said the bridge would carry buses again from the first week of the "
                + "next month, once the new timetable had been published.</p>"
                + "</div></body></html>", "https://news.example.com/local/bridge");
        Body body = extractor.extract(doc);
        assertThat(body.paragraphs()).extracting(Paragraph::type).containsExactly(Block.Type.PARAGRAPH,
                Block.Type.QUOTE, Block.Type.QUOTE, Block.Type.PARAGRAPH);
        assertThat(texts(body).get(1)).startsWith("Finally! Two years of detours");
    }

    @Test
    void repeatedHeadlineWireCreditsAndPhotoCreditsStayOutOfTheText() {
        Document doc = Jsoup.parse("<html><head><title>Petani Garam Madura Gagal Panen - Kabar Pesisir</title></head>"
                + "<body><h1>Petani Garam Madura Gagal Panen</h1><div class='content-detail'>"
                + "<h2>Petani Garam Madura Gagal Panen</h2>"
                + "<p>[Foto: Dok. Kabar Pesisir]</p>"
                + "<p>Hujan yang turun hampir setiap hari sejak Juli membuat ladang garam di Sumenep dan Pamekasan "
                + "tidak bisa diolah, kata Ketua Asosiasi Petani Garam setempat, Rabu.</p>"
                + "<p>Produksi tahun ini diperkirakan hanya sepertiga dari panen tahun lalu, sehingga sebagian "
                + "petani beralih menjadi buruh bangunan untuk sementara waktu.</p>"
                + "<p>(Reporting by Siti Rahma; Editing by Tom Hale)</p>"
                + "<p>Bambang Wiryo contributed to this report.</p>"
                + "</div></body></html>", "https://pesisir.example.id/ekonomi/garam");
        Body body = extractor.extract(doc);
        assertThat(texts(body)).hasSize(2);
        assertThat(joined(body)).doesNotContain("Gagal Panen", "Foto", "Reporting", "contributed");
        assertThat(body.captions()).containsExactly("[Foto: Dok. Kabar Pesisir]");
    }

    @Test
    void regionalNewsShapeWithReporterLineInlineTeaserAndSourceNote() throws IOException {
        Body body = extract("id-txt-article.html", "https://www.tribunlama.com/regional/2024/05/14/jembatan");
        assertThat(texts(body)).hasSize(4);
        assertThat(texts(body).get(0)).startsWith("TRIBUNLAMA.COM, LEBAK - Puluhan siswa sekolah dasar");
        assertThat(texts(body).get(3)).startsWith("Pemerintah kabupaten berjanji membangun jembatan darurat");
        assertThat(joined(body)).doesNotContain("Laporan Wartawan", "Baca juga", "ADVERTISEMENT", "SCROLL",
                "Artikel ini telah tayang", "Editor", "Harga Emas", "Berita Populer");
        assertThat(body.related()).containsExactly(new Related(
                "Banjir Bandang Terjang Tiga Desa di Lebak, Ratusan Warga Mengungsi",
                "https://www.tribunlama.com/regional/2024/05/12/banjir-bandang-lebak"));
    }

    @Test
    void layoutTableIsReadAsParagraphsNotAsATable() {
        Document doc = Jsoup.parse("<html><body><div id='isi'>"
                + "<p>Warga kini bisa membaca koran lama dari rumah, setelah layanan arsip digital dibuka untuk "
                + "umum pada awal bulan ini oleh pemerintah kota.</p>"
                + "<table width='600'><tr><td>"
                + "<p>Kantor arsip daerah mulai memindai surat kabar lama terbitan tahun 1950-an agar dapat dibaca "
                + "warga secara daring tanpa harus datang ke ruang baca.</p>"
                + "<p>Menurut kepala kantor arsip, sekitar dua ribu halaman sudah selesai dipindai dan sisanya "
                + "ditargetkan rampung sebelum akhir tahun anggaran berjalan.</p>"
                + "</td></tr></table></div></body></html>", "https://arsip.example.id/berita/pindai");
        Body body = extractor.extract(doc);
        assertThat(body.paragraphs()).extracting(Paragraph::type).containsExactly(Block.Type.PARAGRAPH,
                Block.Type.PARAGRAPH, Block.Type.PARAGRAPH);
    }

    @Test
    void leadImageSkipsIconsAndLazyPlaceholders() {
        Document doc = Jsoup.parse("<html><body><div class='post-content'>"
                + "<p><img src='/static/avatar/budi.jpg' width='40' height='40'> Budi Santoso</p>"
                + "<img src='/static/icons/share.png'>"
                + "<img src='/static/lazy-placeholder.gif' srcset='/foto/2024/panen-raya-800.jpg 800w, "
                + "/foto/2024/panen-raya-1600.jpg 1600w' alt='Panen raya'>"
                + "<p>Petani di Karawang memulai panen raya pekan ini dengan hasil yang lebih baik dari musim lalu, "
                + "menurut dinas pertanian setempat yang meninjau sawah pada Sabtu.</p>"
                + "<p>Harga gabah kering panen di tingkat petani bertahan di kisaran Rp 6.500 per kilogram, sedikit "
                + "di atas harga pembelian pemerintah yang berlaku tahun ini.</p>"
                + "</div></body></html>", "https://tani.example.id/2024/panen");
        Body body = extractor.extract(doc);
        assertThat(body.image()).isNotNull();
        assertThat(body.image().url()).isEqualTo("https://tani.example.id/foto/2024/panen-raya-800.jpg");
    }

    @Test
    void figureInTheHeaderBoxAndGallerySlidesGiveCaptions() {
        Document doc = Jsoup.parse("<html><body><article>"
                + "<header class='entry-header'><h1>Nelayan Kembali Melaut</h1>"
                + "<figure class='post-thumbnail'><img src='/foto/2024/nelayan.jpg' width='1024' height='683'>"
                + "<figcaption>Nelayan menurunkan perahu di Pantai Kedonganan, Badung.</figcaption></figure></header>"
                + "<div class='entry-content'>"
                + "<p>Nelayan di Kedonganan kembali melaut setelah gelombang tinggi mereda pada Senin pagi, "
                + "menurut pengurus kelompok nelayan setempat.</p>"
                + "<p>Selama sepekan terakhir, sebagian besar perahu ditambatkan karena tinggi gelombang mencapai "
                + "empat meter di perairan selatan Bali.</p></div></article></body></html>",
                "https://bali.example.id/2024/nelayan");
        Body body = extractor.extract(doc);
        assertThat(body.captions()).containsExactly("Nelayan menurunkan perahu di Pantai Kedonganan, Badung.");
        assertThat(body.image().url()).isEqualTo("https://bali.example.id/foto/2024/nelayan.jpg");
        assertThat(joined(body)).doesNotContain("menurunkan perahu").startsWith("Nelayan di Kedonganan");

        Document gallery = Jsoup.parse("<html><body><div class='post'><div class='gallery-slider'>"
                + "<div class='slide'><img src='/g/1.jpg'><p class='flex-caption'>Penari membawakan tari Kecak di "
                + "Uluwatu. ANTARA FOTO/Nyoman</p></div>"
                + "<div class='slide'><img src='/g/2.jpg'><p class='flex-caption'>Wisatawan menonton pertunjukan "
                + "saat matahari terbenam.</p></div></div>"
                + "<div class='post-text'><p>Pertunjukan tari Kecak di Uluwatu kembali dipadati wisatawan selama "
                + "libur panjang akhir pekan, kata pengelola kawasan.</p>"
                + "<p>Pengelola menambah satu jadwal pertunjukan setiap sore untuk menampung penonton yang "
                + "datang dari berbagai negara.</p></div></div></body></html>", "https://bali.example.id/foto/kecak");
        Body slides = extractor.extract(gallery);
        assertThat(slides.captions()).hasSize(2);
        assertThat(slides.captions().get(1)).isEqualTo("Wisatawan menonton pertunjukan saat matahari terbenam.");
        assertThat(joined(slides)).doesNotContain("Penari", "Wisatawan menonton");
    }

    @Test
    void oldTableLayoutLeavesHeaderLinesColumnsAndCommentsOut() {
        Document doc = Jsoup.parse("<html><head><title>Harian Contoh :: Jembatan Darurat Putus Diterjang Banjir"
                + "</title></head><body><table><tr>"
                + "<td width='180'><font><a href='/b?id=1'>Harga Karet Anjlok</a></font><br>"
                + "<font>Apakah Anda setuju jam malam pelajar? Setuju / Tidak</font></td>"
                + "<td width='620'><table><tr><td>"
                + "<font size='5'><b>Jembatan Darurat Putus Diterjang Banjir</b></font><br>"
                + "<font size='1'>Selasa, 12 Maret 2024 - 09:15 WIB</font><br>"
                + "<font size='1'>Laporan: Agus Salim</font><br><br>"
                + "<table align='right' width='260'><tr><td><img src='/foto/jembatan.jpg' width='250'></td></tr>"
                + "<tr><td><i>Warga melintasi sisa jembatan di Desa Sungai Ambawang. Foto: Agus/HB</i></td></tr></table>"
                + "<font size='2'><b>KUBU RAYA</b> - Jembatan darurat yang menghubungkan dua desa di Kecamatan "
                + "Sungai Ambawang putus diterjang banjir, Senin malam.<br><br>"
                + "Kepala desa setempat, Yusran, mengatakan arus sungai naik sejak sore setelah hujan deras turun "
                + "hampir enam jam tanpa henti di hulu.<br><br>"
                + "\"Tiang penyangga sudah lapuk, jadi begitu air naik langsung hanyut,\" kata Yusran saat ditemui "
                + "di lokasi, Selasa pagi.<br><br>"
                + "Dinas Pekerjaan Umum kabupaten berjanji membangun jembatan pengganti dari rangka baja dalam "
                + "waktu dua bulan, sementara perahu penyeberangan disediakan secara gratis.<br><br>"
                + "Warga kini harus menyeberang dengan sampan untuk mengantar anak ke sekolah dan membawa hasil "
                + "kebun ke pasar kecamatan.<br><br></font>"
                + "<table><tr><td><b>Komentar Pembaca (1)</b></td></tr><tr><td>Andi (12/03/2024 10:02)<br>"
                + "Semoga cepat diperbaiki pemerintah.</td></tr></table>"
                + "</td></tr></table></td>"
                + "<td width='180'><font>Pasang iklan hubungi (0561) 700 000</font></td></tr>"
                + "<tr><td colspan='3'><font>Copyright &copy; 2024 Harian Contoh. Redaksi: Jl. Gajah Mada No. 1 "
                + "Pontianak.</font></td></tr></table></body></html>", "http://harian.example.com/berita.php?id=7");
        Body body = extractor.extract(doc);
        assertThat(texts(body)).first().asString().startsWith("KUBU RAYA - Jembatan darurat");
        assertThat(texts(body)).last().asString().endsWith("ke pasar kecamatan.");
        assertThat(joined(body)).doesNotContain("Laporan", "Selasa, 12 Maret", "Warga melintasi", "Komentar",
                "Pasang iklan", "Copyright", "Apakah Anda");
        assertThat(body.bylines()).containsExactly("Selasa, 12 Maret 2024 - 09:15 WIB", "Laporan: Agus Salim");
        assertThat(body.captions()).containsExactly("Warga melintasi sisa jembatan di Desa Sungai Ambawang. Foto: Agus/HB");
    }

    @Test
    void aPaywallBoxWithLittleProseIsLeftOutButLockedTextIsKept() {
        String story = "<p>Perusahaan rintisan logistik itu memangkas sepuluh persen karyawannya menjelang rencana "
                + "pencatatan saham di Bursa Efek Indonesia tahun depan.</p>"
                + "<p>Manajemen menyebut pemangkasan terutama menyasar unit pengiriman makanan yang belum "
                + "menghasilkan laba sejak diluncurkan tiga tahun lalu.</p>";
        Body prompt = extractor.extract(Jsoup.parse("<html><body><div class='article-body'>" + story
                + "<div class='paywall'><h3>Lanjutkan membaca dengan berlangganan</h3>"
                + "<p>Akses tanpa batas ke semua artikel premium kami. Batalkan kapan saja.</p></div>"
                + "</div></body></html>", "https://bisnis.example.id/a"));
        assertThat(joined(prompt)).contains("menghasilkan laba").doesNotContain("Akses tanpa batas", "berlangganan");

        Body locked = extractor.extract(Jsoup.parse("<html><body><div class='story'><div class='paywall'>" + story
                + story.replace("Perusahaan rintisan", "Startup") + "</div></div></body></html>",
                "https://bisnis.example.id/b"));
        assertThat(joined(locked)).contains("menghasilkan laba", "Startup logistik");
    }

    @Test
    void captionsOfAStoryCarouselAboveTheTextAreNotTheArticles() {
        Document doc = Jsoup.parse("<html><body><div class='page'>"
                + "<div class='top-stories'><figure><a href='/2024/03/banjir-demak'><img src='/t/demak.jpg'>"
                + "<figcaption>Tanggul Jebol, Ribuan Warga Demak Mengungsi</figcaption></a></figure>"
                + "<figure><a href='/2024/03/harga-beras'><img src='/t/beras.jpg'>"
                + "<figcaption>Harga Beras Medium Tembus Rp 14.000</figcaption></a></figure></div>"
                + "<div class='read-content'><p>Pemerintah Kota Semarang membuka posko kesehatan di tiga kelurahan "
                + "yang terdampak banjir sejak Minggu malam, kata wali kota.</p>"
                + "<p>Petugas puskesmas memeriksa warga yang mengeluhkan gatal-gatal dan demam setelah beberapa "
                + "hari tinggal di pengungsian.</p></div></div></body></html>", "https://kota.example.id/posko");
        Body body = extractor.extract(doc);
        assertThat(body.captions()).isEmpty();
        assertThat(joined(body)).startsWith("Pemerintah Kota Semarang").doesNotContain("Tanggul Jebol");
    }
}
