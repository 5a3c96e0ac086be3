#include "shared.h"

cppcoro::task<void> napB() {
  std::this_thread::sleep_for(std::chrono::milliseconds(2));
  co_return;
}
