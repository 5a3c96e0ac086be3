#include "demo_task.h"

demo::task sleeper() {
  std::this_thread::sleep_for(100ms);
  co_return;
}
