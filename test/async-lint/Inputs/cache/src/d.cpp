#include <chrono>
#include <cppcoro/task.hpp>
#include <thread>

cppcoro::task<void> napD() {
  std::this_thread::sleep_for(std::chrono::milliseconds(4));
  co_return;
}
