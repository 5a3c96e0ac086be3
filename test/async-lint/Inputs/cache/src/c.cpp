#include <chrono>
#include <cppcoro/task.hpp>
#include <thread>

cppcoro::task<void> napC() {
  std::this_thread::sleep_for(std::chrono::milliseconds(3));
  co_return;
}
