#ifndef TUIXUAN_SQLITE_TUNING_H
#define TUIXUAN_SQLITE_TUNING_H

/// Turns off SQLite's memory-use statistics (SQLITE_CONFIG_MEMSTATUS), which take a global mutex on
/// every allocation; SQLite's own documentation recommends it off for speed. Must run before SQLite is
/// initialized (before the first connection opens); returns 0 when applied, non-zero when too late.
int tuixuan_sqlite_disable_memstatus(void);

/// Keeps a connection from checkpointing the write-ahead log into the database file when it closes
/// (SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE): `tuixuan doctor` reads a file it found with a log beside it and leaves both as
/// they were. `connection` is the sqlite3 handle. Returns SQLITE_OK (0) when set.
int tuixuan_sqlite_no_checkpoint_on_close(void *connection);

#endif
