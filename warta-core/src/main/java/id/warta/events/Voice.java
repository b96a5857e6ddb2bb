package id.warta.events;

/**
 * How a trigger sets its participants around it: an active verb has its actor before and its target after
 * ({@code Rusia mengirim pasukan}, {@code police arrested}), a passive one its target before and its actor after
 * {@code oleh} or {@code by} ({@code ditangkap oleh polisi}), a noun names the happening and takes its actor after it
 * in Indonesian ({@code unjuk rasa mahasiswa}) or before it in English ({@code student protests}).
 */
enum Voice { ACTIVE, PASSIVE, NOUN }
