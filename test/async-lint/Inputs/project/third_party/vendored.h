#pragma once
#include <boost/asio.hpp>
#include <chrono>
#include <thread>

// Third-party code: never reported.
inline boost::asio::awaitable<void> vendoredNap() {
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
  co_return;
}
