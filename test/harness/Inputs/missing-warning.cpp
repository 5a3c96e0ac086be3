#include "demo_task.h"

demo::task quiet() {
  co_return;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: blocking call to 'std::this_thread::sleep_for' inside coroutine 'quiet' stalls every task on its executor [async-blocking-call-in-coroutine]
}
