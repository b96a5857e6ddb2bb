package id.warta.app;

import java.util.Locale;

/** The quality gates of the {@code eval} commands: one figure against its floor, said on stderr, as an exit code. */
final class Floor {

    private Floor() {
    }

    /**
     * 0 when {@code min} is null or {@code value} reaches it, else 1; says which on stderr ("OK: macro-F1 0.8000 is at
     * or above the floor 0.7500").
     */
    static int check(String figure, double value, Double min) {
        if (min == null) {
            return 0;
        }
        boolean ok = value >= min;
        System.err.printf(Locale.ROOT, "%s: %s %.4f is %s the floor %.4f%n", ok ? "OK" : "FAIL", figure, value,
                ok ? "at or above" : "below", min);
        return ok ? 0 : 1;
    }
}
