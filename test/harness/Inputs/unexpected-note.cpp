#include "demo_task.h"

demo::task sleeper() {
  try {
    co_return;
  } catch (...) {
    std::this_thread::sleep_for(100ms);
    // CHECK-NOTES: :[[@LINE-1]]:22: warning: blocking call to 'std::this_thread::sleep_for' inside coroutine 'sleeper' stalls every task on its executor [async-blocking-call-in-coroutine]
  }
}
