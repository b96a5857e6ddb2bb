package id.warta.store;

import id.warta.Warta;
import id.warta.model.Analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Articles for the store's tests, written for them: a few hand-written reports (a flood in Semarang told by two
 * outlets and copied by a third, Indonesian aid to Turkey, a protest in Nairobi in English) and a generator of
 * many distinct Indonesian local-news reports, each analysed by the real pipeline.
 */
final class Corpus {

    private Corpus() {
    }

    static final String FLOOD_URL = "https://kabarjateng.com/berita/2023/02/01/banjir-semarang-ribuan-warga-mengungsi";
    static final String FLOOD = """
            Bagikan artikel ini :

            Banjir Rendam Semarang, Ribuan Warga Kaligawe Mengungsi ke Masjid dan Sekolah

            By Dwi Lestari, Rabu, 1 Februari 2023 | 09:30 WIB

            Kabarjateng.com - Banjir setinggi hingga satu meter merendam sedikitnya tujuh kelurahan di Kota Semarang, Jawa Tengah, sejak Selasa (31/1) malam setelah hujan deras mengguyur selama enam jam tanpa henti.

            Badan Penanggulangan Bencana Daerah (BPBD) Kota Semarang mencatat 3.200 warga mengungsi ke masjid, balai kelurahan dan gedung sekolah di Kecamatan Genuk dan Gayamsari.

            Dua warga dilaporkan meninggal dunia karena terseret arus di Kali Tenggang, sementara seorang anak masih dicari tim SAR gabungan.

            "Pompa di Rumah Pompa Kaligawe sudah kami operasikan penuh sejak tengah malam, tetapi debit air dari hulu terlalu besar," kata Kepala BPBD Kota Semarang Endro Pudyo Martantono kepada wartawan, Rabu (1/2).

            Wali Kota Semarang Hevearita Gunaryanti Rahayu meninjau lokasi pengungsian dan meminta dinas sosial menambah dapur umum di setiap titik pengungsian.

            Jalur pantai utara di Kaligawe sempat ditutup karena genangan, sehingga kendaraan dari arah Demak dialihkan melalui jalan tol.

            Badan Meteorologi, Klimatologi, dan Geofisika memperkirakan hujan lebat masih akan turun di pesisir utara Jawa Tengah hingga akhir pekan.
            """;

    /** The same report as syndicated by another outlet: the body copied, the lead and one paragraph reworded. */
    static final String FLOOD_COPY_URL = "https://suarapantura.id/daerah/banjir-semarang-3200-warga-mengungsi";
    static final String FLOOD_COPY = """
            Bagikan artikel ini :

            Banjir Setinggi Satu Meter Rendam Semarang, 3.200 Warga Mengungsi

            By Redaksi, Rabu, 1 Februari 2023 | 13:05 WIB

            Suarapantura.id - Banjir setinggi hingga satu meter merendam sedikitnya tujuh kelurahan di Kota Semarang, Jawa Tengah, sejak Selasa (31/1) malam setelah hujan deras mengguyur selama enam jam tanpa henti.

            Badan Penanggulangan Bencana Daerah (BPBD) Kota Semarang mencatat 3.200 warga mengungsi ke masjid, balai kelurahan dan gedung sekolah di Kecamatan Genuk dan Gayamsari.

            Dua warga dilaporkan meninggal dunia karena terseret arus di Kali Tenggang, sementara seorang anak masih dicari tim SAR gabungan.

            "Pompa di Rumah Pompa Kaligawe sudah kami operasikan penuh sejak tengah malam, tetapi debit air dari hulu terlalu besar," kata Kepala BPBD Kota Semarang Endro Pudyo Martantono kepada wartawan, Rabu (1/2).

            Wali Kota Semarang Hevearita Gunaryanti Rahayu meninjau lokasi pengungsian dan meminta dinas sosial menambah dapur umum di setiap titik pengungsian.

            Arus lalu lintas di jalur pantura Kaligawe sempat dialihkan ke jalan tol karena genangan air.

            Badan Meteorologi, Klimatologi, dan Geofisika memperkirakan hujan lebat masih akan turun di pesisir utara Jawa Tengah hingga akhir pekan.
            """;

    /** The same flood reported independently: other words, same places, people and day. */
    static final String FLOOD_OTHER_URL = "https://jatengterkini.com/2023/02/01/wali-kota-semarang-tinjau-pengungsi-banjir-genuk";
    static final String FLOOD_OTHER = """
            Bagikan artikel ini :

            Wali Kota Semarang Tinjau Pengungsi Banjir di Genuk, Dua Warga Tewas Terseret Arus

            By Bagus Setiawan, Rabu, 1 Februari 2023 | 15:20 WIB

            Jatengterkini.com - Wali Kota Semarang Hevearita Gunaryanti Rahayu mendatangi posko pengungsian banjir di Kecamatan Genuk, Kota Semarang, Rabu siang.

            Ia berbincang dengan para pengungsi yang sebagian besar ibu-ibu dan anak-anak, lalu memastikan kebutuhan makanan, selimut dan obat-obatan tercukupi.

            Menurut data Badan Penanggulangan Bencana Daerah Kota Semarang, air yang masuk ke permukiman sejak Selasa malam memaksa warga meninggalkan rumah mereka.

            Kepala BPBD Kota Semarang Endro Pudyo Martantono menyebut dua orang tewas setelah terseret arus Kali Tenggang saat mencoba menyeberang.

            Petugas gabungan TNI, Polri dan relawan masih menyisir sungai untuk mencari seorang bocah yang hilang.

            Hevearita berjanji pemerintah kota akan memperbaiki tanggul yang jebol di Kaligawe begitu air surut.
            """;

    static final String AID_URL = "https://kabarnasional.co.id/internasional/2023/02/09/indonesia-kirim-bantuan-gempa-turki";
    static final String AID = """
            Bagikan artikel ini :

            Indonesia Kirim 140 Ton Bantuan Kemanusiaan untuk Korban Gempa Turki

            By Rina Marlina, Kamis, 9 Februari 2023 | 10:00 WIB

            Kabarnasional.co.id - Pemerintah Indonesia mengirimkan bantuan kemanusiaan seberat 140 ton untuk korban gempa bumi di Turki melalui Pangkalan Udara Halim Perdanakusuma, Jakarta, Kamis (9/2).

            Bantuan berupa tenda, selimut, makanan siap saji dan obat-obatan itu diangkut dengan dua pesawat Hercules milik TNI Angkatan Udara.

            "Indonesia berdiri bersama rakyat Turki di masa yang sangat sulit ini," kata Menteri Luar Negeri Retno Marsudi saat melepas keberangkatan pesawat.

            Selain barang, Indonesia juga memberangkatkan tim medis dan tim pencarian dan pertolongan yang terdiri dari 50 personel ke Provinsi Hatay.

            Gempa bermagnitudo 7,8 yang mengguncang Turki selatan dan Suriah utara pada Senin lalu telah menewaskan lebih dari 17.000 orang.
            """;

    static final String PROTEST_URL = "https://www.eastafricanwire.com/kenya/2023/03/20/nairobi-protest-police-tear-gas?utm_source=twitter";
    static final String PROTEST = """
            Share this article :

            Kenyan Police Fire Tear Gas as Opposition Protesters March on Nairobi

            By Daniel Otieno, Monday, 20 March 2023 | 18:40 EAT

            East African Wire - Kenyan police fired tear gas and water cannon at thousands of opposition supporters who marched towards the centre of Nairobi on Monday to protest against the rising cost of living.

            Police said they arrested 238 people across the country, including several members of parliament, after demonstrators blocked roads and burned tyres in the Kibera and Mathare neighbourhoods.

            One university student was shot dead in the western city of Kisumu, the Kenya National Commission on Human Rights said.

            Opposition leader Raila Odinga told his supporters that the demonstrations would continue every Monday until the government cut the price of maize flour and fuel.

            Interior minister Kithure Kindiki said the protests were illegal because organisers had not notified the police.
            """;

    static Analysis flood() {
        return Warta.analyze(FLOOD, FLOOD_URL);
    }

    static Analysis floodCopy() {
        return Warta.analyze(FLOOD_COPY, FLOOD_COPY_URL);
    }

    static Analysis floodOther() {
        return Warta.analyze(FLOOD_OTHER, FLOOD_OTHER_URL);
    }

    static Analysis aid() {
        return Warta.analyze(AID, AID_URL);
    }

    static Analysis protest() {
        return Warta.analyze(PROTEST, PROTEST_URL);
    }

    /** An input that is not an article: a failed extraction (no content). */
    static Analysis failed(String url) {
        return Warta.analyze("", url);
    }

    private static final List<String> CITIES = List.of("Bandung", "Surabaya", "Medan", "Makassar", "Palembang",
            "Pontianak", "Manado", "Denpasar", "Padang", "Banjarmasin", "Kupang", "Jayapura", "Ambon", "Mataram",
            "Samarinda", "Pekanbaru", "Jambi", "Bengkulu", "Kendari", "Palu");
    private static final List<String> SITES = List.of("kabarjateng.com", "suarapantura.id", "jatengterkini.com",
            "beritanusantara.co.id", "warta-daerah.com", "kabarnasional.co.id");
    private static final List<String> PEOPLE = List.of("Ahmad Syarifuddin", "Siti Nurhaliza Putri", "Budi Hartono",
            "Yohanes Lamabelawa", "Made Suardana", "Nurul Hidayah", "Rahmat Hidayat", "Theresia Wenda",
            "Agus Salim Lubis", "Fransiskus Pareira");
    private static final List<String> DAYS = List.of("Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu");
    private static final List<String> MONTHS = List.of("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember");

    /** The URL of generated article {@code i}. */
    static String generatedUrl(int i) {
        String site = SITES.get(i % SITES.size());
        return "https://" + site + "/berita/" + date(i) + "/laporan-" + i;
    }

    /**
     * A distinct local-news report, number {@code i}: the kind of happening, the city, the people, the numbers and
     * the day all vary with {@code i}, and so does the order of its paragraphs.
     */
    static String generatedText(int i) {
        String city = CITIES.get(i % CITIES.size());
        String other = CITIES.get((i * 7 + 3) % CITIES.size());
        String person = PEOPLE.get((i / 3) % PEOPLE.size());
        String official = PEOPLE.get((i / 7 + 5) % PEOPLE.size());
        LocalDate day = date(i);
        String weekday = DAYS.get(day.getDayOfWeek().getValue() % 7);
        String when = weekday + ", " + day.getDayOfMonth() + " " + MONTHS.get(day.getMonthValue() - 1) + " "
                + day.getYear();
        int n = 12 + (i * 37) % 900;
        int m = 2 + (i * 13) % 40;
        String site = SITES.get(i % SITES.size());
        String brand = Character.toUpperCase(site.charAt(0)) + site.substring(1);
        String title;
        List<String> body;
        switch (i % 4) {
            case 0 -> {
                title = "Kebakaran Hanguskan " + n + " Kios di Pasar Sentral " + city;
                body = List.of(
                        "Kebakaran hebat melanda Pasar Sentral " + city + " pada " + weekday + " dini hari dan menghanguskan " + n + " kios pedagang pakaian dan kelontong.",
                        "Api diduga berasal dari korsleting listrik di salah satu kios di lantai dua sebelum merambat cepat karena banyaknya barang mudah terbakar.",
                        "Sebanyak " + m + " unit mobil pemadam kebakaran dikerahkan dan api baru bisa dipadamkan setelah empat jam.",
                        "\"Kerugian para pedagang kami perkirakan mencapai miliaran rupiah,\" kata " + official + ", kepala dinas perdagangan setempat.",
                        "Seorang pedagang bernama " + person + " mengaku kehilangan seluruh dagangan yang baru dibelinya dari " + other + " untuk persiapan Lebaran.",
                        "Polisi masih memeriksa sejumlah saksi untuk memastikan penyebab kebakaran.");
            }
            case 1 -> {
                title = "Ratusan Pengemudi Ojek Daring Unjuk Rasa di Kantor Gubernur, Tuntut Tarif Baru di " + city;
                body = List.of(
                        "Sekitar " + n + " pengemudi ojek daring menggelar unjuk rasa di depan kantor gubernur di " + city + " untuk menuntut kenaikan tarif dasar.",
                        "Mereka membentangkan spanduk dan sempat memblokir satu lajur jalan sehingga lalu lintas tersendat selama dua jam.",
                        "Koordinator aksi " + person + " mengatakan potongan aplikasi sebesar 20 persen membuat pendapatan pengemudi terus menurun.",
                        "Perwakilan pengunjuk rasa kemudian diterima oleh " + official + " yang berjanji menyampaikan tuntutan itu ke Kementerian Perhubungan.",
                        "Aksi serupa sebelumnya juga digelar pengemudi di " + other + " pekan lalu.",
                        "Polisi menerjunkan " + (m * 10) + " personel untuk mengamankan jalannya unjuk rasa yang berakhir tertib.");
            }
            case 2 -> {
                title = "Tabrakan Bus dan Truk di Jalan Lintas " + city + "-" + other + ", " + (m % 9 + 1) + " Orang Tewas";
                body = List.of(
                        "Sebuah bus antarkota bertabrakan dengan truk pengangkut batu bara di jalan lintas " + city + "-" + other + " pada " + weekday + " pagi.",
                        "Sebanyak " + (m % 9 + 1) + " penumpang tewas di lokasi kejadian, sementara " + (m + 4) + " lainnya luka-luka dan dibawa ke rumah sakit umum daerah.",
                        "Menurut saksi mata, bus melaju kencang ketika mencoba mendahului kendaraan lain di tikungan.",
                        "\"Sopir truk sudah kami amankan untuk dimintai keterangan,\" kata Kepala Satuan Lalu Lintas " + official + ".",
                        "Keluarga korban bernama " + person + " mendatangi rumah sakit sejak siang untuk mencari kabar.",
                        "Jalur tersebut sempat ditutup selama tiga jam untuk proses evakuasi.");
            }
            default -> {
                title = "Pemkot " + city + " Salurkan Bantuan Beras untuk " + n + " Keluarga Terdampak Banjir";
                body = List.of(
                        "Pemerintah Kota " + city + " menyalurkan bantuan beras dan kebutuhan pokok kepada " + n + " keluarga yang rumahnya terendam banjir pekan ini.",
                        "Setiap keluarga menerima sepuluh kilogram beras, minyak goreng, mi instan dan air mineral.",
                        "Penyaluran dipimpin langsung oleh " + official + " di halaman kantor kelurahan.",
                        "Salah satu penerima, " + person + ", mengatakan air masuk ke rumahnya hingga setinggi pinggang selama " + m + " jam.",
                        "Dinas sosial juga menyiagakan dapur umum dan tenaga kesehatan di " + (m % 6 + 2) + " titik pengungsian.",
                        "Bantuan tambahan dari Pemerintah Provinsi dijadwalkan tiba dari " + other + " dalam dua hari ke depan.");
            }
        }
        StringBuilder text = new StringBuilder();
        text.append("Bagikan artikel ini :\n\n").append(title).append("\n\n");
        text.append("By ").append(PEOPLE.get(i % PEOPLE.size())).append(", ").append(when).append(" | ")
                .append(String.format(Locale.ROOT, "%02d:%02d", 6 + i % 14, (i * 7) % 60)).append(" WIB\n\n");
        int shift = i % body.size();
        for (int k = 0; k < body.size(); k++) {
            String p = body.get((k + shift) % body.size());
            text.append(k == 0 ? brand + " - " + p : p).append("\n\n");
        }
        text.append("Laporan nomor ").append(i).append(" dari meja redaksi ").append(brand).append(".\n");
        return text.toString();
    }

    static Analysis generated(int i) {
        return Warta.analyze(generatedText(i), generatedUrl(i));
    }

    private static LocalDate date(int i) {
        return LocalDate.of(2023, 1, 1).plusDays((i * 5L) % 365);
    }
}
