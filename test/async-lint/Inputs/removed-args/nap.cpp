#ifdef WRONG_TARGET
#error built for the wrong target
#endif
#include <chrono>
#include <cppcoro/task.hpp>
#include <thread>

cppcoro::task<void> nap() {
  std::this_thread::sleep_for(std::chrono::milliseconds(2));
  co_return;
}
