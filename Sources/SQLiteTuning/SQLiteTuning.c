// sqlite3_config is variadic, which Swift cannot call: this is its one use, in C.
#include <sqlite3.h>
#include "SQLiteTuning.h"

int tuixuan_sqlite_disable_memstatus(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
