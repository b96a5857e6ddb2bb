package id.warta.events;

/**
 * How a trigger sets its participants around it: an active verb has its actor before and its target after
 * ({@code Rusia mengirim pasukan}, {@code police arrested}), a passive one its target before and its actor after
 * {@code oleh} or {@code by} ({@code ditangkap oleh polisi}), a noun names the happening and takes its actor next
 * to it ({@code unjuk rasa mahasiswa}, {@code student protests}); an English past form is active, or passive after
 * a form of {@code be} ({@code troops were sent}).
 */
enum Voice { ACTIVE, PASSIVE, NOUN, PAST }
