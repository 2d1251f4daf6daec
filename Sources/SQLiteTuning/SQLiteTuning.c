// sqlite3_config is variadic, which Swift cannot call: this is its one use, in C.
#include <sqlite3.h>
#include "SQLiteTuning.h"

int tuixuan_sqlite_disable_memstatus(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

// sqlite3_db_config is variadic too.
int tuixuan_sqlite_no_checkpoint_on_close(void *connection) {
    return sqlite3_db_config((sqlite3 *)connection, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, (int *)0);
}
