#ifndef TUIXUAN_SQLITE_TUNING_H
#define TUIXUAN_SQLITE_TUNING_H

/// Turns off SQLite's memory-use statistics (SQLITE_CONFIG_MEMSTATUS), which take a global mutex on
/// every allocation; SQLite's own documentation recommends it off for speed. Must run before SQLite is
/// initialized (before the first connection opens); returns 0 when applied, non-zero when too late.
int tuixuan_sqlite_disable_memstatus(void);

#endif
