package id.warta.app.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import id.warta.events.Event;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of story-level events over time, one series per event type or per country, for {@code GET /timeline}.
 * An event is counted on its own date (when it happened, not when it was reported), put in its day, its ISO week
 * (the Monday starting it) or its month (the first day). Events without a date cannot be placed and are left out.
 * By country, an event counts for the country of its place, else of its actor; {@code unknown} when neither is
 * known. Series come largest first; a series lists only the periods with events.
 */
final class Timeline {

    static final String UNKNOWN = "unknown";

    private final String interval;
    private final String by;
    private final Map<String, TreeMap<LocalDate, Long>> series = new HashMap<>();

    /**
     * @param interval {@code day}, {@code week} or {@code month}
     * @param by       {@code type} or {@code country}
     */
    Timeline(String interval, String by) {
        this.interval = interval;
        this.by = by;
    }

    void add(Event e) {
        if (e.date() != null) {
            add(EventTable.Row.of(e));
        }
    }

    void add(EventTable.Row e) {
        String key = by.equals("type") ? e.type() : e.place() != null ? e.place() : e.actor() != null ? e.actor()
                : UNKNOWN;
        series.computeIfAbsent(key, k -> new TreeMap<>()).merge(period(e.date(), interval), 1L, Long::sum);
    }

    /** The first day of the period of {@code interval} that holds {@code day}. */
    static LocalDate period(LocalDate day, String interval) {
        return switch (interval) {
            case "day" -> day;
            case "week" -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case "month" -> day.withDayOfMonth(1);
            default -> throw new IllegalArgumentException("interval " + interval);
        };
    }

    /** Writes {@code {"interval", "by", "series": [{"key", "points": [{"date", "count"}]}]}}. */
    void write(JsonGenerator gen) throws IOException {
        List<Map.Entry<String, TreeMap<LocalDate, Long>>> ordered = new ArrayList<>(series.entrySet());
        ordered.sort((a, b) -> {
            int byTotal = Long.compare(total(b.getValue()), total(a.getValue()));
            return byTotal != 0 ? byTotal : a.getKey().compareTo(b.getKey());
        });
        gen.writeStartObject();
        gen.writeStringField("interval", interval);
        gen.writeStringField("by", by);
        gen.writeArrayFieldStart("series");
        for (Map.Entry<String, TreeMap<LocalDate, Long>> s : ordered) {
            gen.writeStartObject();
            gen.writeStringField("key", s.getKey());
            gen.writeArrayFieldStart("points");
            for (Map.Entry<LocalDate, Long> p : s.getValue().entrySet()) {
                gen.writeStartObject();
                gen.writeStringField("date", p.getKey().toString());
                gen.writeNumberField("count", p.getValue());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static long total(Map<LocalDate, Long> points) {
        long sum = 0;
        for (long c : points.values()) {
            sum += c;
        }
        return sum;
    }
}
