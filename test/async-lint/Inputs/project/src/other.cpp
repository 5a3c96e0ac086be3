#include "util.h"

void legacyWait();

boost::asio::awaitable<void> callsLegacy() {
  legacyWait();
  co_return;
}
