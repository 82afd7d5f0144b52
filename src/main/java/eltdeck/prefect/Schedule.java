package eltdeck.prefect;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** A flow's schedule: its clocks and the one time zone they are read in (UTC unless set). */
public record Schedule(List<ScheduleClock> clocks, ZoneId timezone) {
    public Schedule {
        clocks = List.copyOf(clocks);
    }

    public static Schedule utc(List<ScheduleClock> clocks) {
        return new Schedule(clocks, ZoneOffset.UTC);
    }

    /** An IANA zone name as Prefect (pendulum) accepts it; a clear error for anything else. */
    public static ZoneId zone(String name) {
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Unknown time zone '" + name + "': use an IANA name such as Europe/Berlin,"
                    + " America/New_York or UTC.");
        }
    }
}
