#pragma once
#include <chrono>
#include <cppcoro/task.hpp>
#include <thread>
#include <vector>

cppcoro::task<int> fetch(int id);

// Included by a.cpp and b.cpp, not by c.cpp and d.cpp.
inline cppcoro::task<void> sharedNap() {
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  co_return;
}
