// async-blocking-call-in-coroutine, Seastar: the sleep needs
// <seastar/core/sleep.hh>.
#include <chrono>
#include <seastar/core/future.hh>
#include <thread>

seastar::future<> nap() {
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  co_return;
}
