#pragma once
#include <boost/asio.hpp>
#include <chrono>
#include <thread>

// Included by both units: its finding is reported once.
inline boost::asio::awaitable<void> headerNap() {
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  co_return;
}
