package id.warta.app;

import id.warta.analyze.Stages;
import id.warta.events.EventCoder;

/** Where the command line gets its event coder: {@code warta eval events} scores the one the pipeline runs. */
final class EventCoders {

    private EventCoders() {
    }

    /** The coder Warta ships: the default pipeline's events stage. */
    static EventCoder defaultCoder() {
        return Stages.defaults().events();
    }
}
