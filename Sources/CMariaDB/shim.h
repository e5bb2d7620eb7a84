// The MariaDB C client (Debian: libmariadb-dev), used by VigilPandora to read Pandora FMS's database.
#include <mariadb/mysql.h>
