#include "demo_task.h"

demo::task sleeper() {
  std::this_thread::sleep_for(100ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: blocking call to 'std::this_thread::sleep_for' inside coroutine 'sleeper' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-FIXES: co_await seastar::sleep(200ms);
  co_return;
}
