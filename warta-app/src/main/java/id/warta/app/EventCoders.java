package id.warta.app;

import id.warta.events.EventCoder;

/**
 * Where the command line gets its event coder: {@code warta eval events} scores the coder this returns. The rule
 * coder ({@code id.warta.events.RuleEventCoder}) is written on its own branch; until it is merged this build has
 * no event coder, and this says so instead of coding anything.
 */
final class EventCoders {

    private EventCoders() {
    }

    /**
     * The coder Warta ships.
     *
     * @throws IllegalStateException while this build has no event coder
     */
    static EventCoder defaultCoder() {
        throw new IllegalStateException("this build has no event coder yet (id.warta.events.RuleEventCoder is not "
                + "merged)");
    }
}
