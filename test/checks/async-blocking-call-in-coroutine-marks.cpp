// RUN: %check_async_tidy %s async-blocking-call-in-coroutine %t -- -I%S/Inputs

// Declaration marks: `async::blocking` makes every call blocking, even
// without a body; `async::nonblocking` stops the analysis.

#include <blocking-marks.h>
#include <boost/asio.hpp>
#include <chrono>
#include <thread>

using boost::asio::awaitable;

awaitable<int> positiveMarkedInHeader() {
  co_return netlib::fetch_sync(1);
  // CHECK-NOTES: :[[@LINE-1]]:21: warning: blocking call to 'netlib::fetch_sync' inside coroutine 'positiveMarkedInHeader' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-NOTES: blocking-marks.h:5:3: note: 'netlib::fetch_sync' is marked blocking here
}

int cached_fetch(int id) { return id ? netlib::fetch_sync(id) : 0; }
awaitable<int> positiveMarkedThroughHelper() {
  co_return cached_fetch(2);
  // CHECK-NOTES: :[[@LINE-1]]:13: warning: call to 'cached_fetch' inside coroutine 'positiveMarkedThroughHelper' blocks in 'netlib::fetch_sync' and stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-NOTES: :[[@LINE-4]]:48: note: 'cached_fetch' blocks in 'netlib::fetch_sync' here
  // CHECK-NOTES: blocking-marks.h:5:3: note: 'netlib::fetch_sync' is marked blocking here
}

// A mark in this file, on a later redeclaration.
void flush_to_disk();
[[clang::annotate("async::blocking")]] void flush_to_disk();
awaitable<void> positiveMarkedRedeclaration() {
  flush_to_disk();
  // CHECK-NOTES: :[[@LINE-1]]:3: warning: blocking call to 'flush_to_disk' inside coroutine 'positiveMarkedRedeclaration' stalls every task on its executor [async-blocking-call-in-coroutine]
  // CHECK-NOTES: :[[@LINE-4]]:3: note: 'flush_to_disk' is marked blocking here
  co_return;
}

//===--- Negative cases ---------------------------------------------------===//

// The author vouches for this function (it sleeps only in a test build, say):
// the chain stops there.
[[clang::annotate("async::nonblocking")]] void trusted() {
  std::this_thread::sleep_for(std::chrono::milliseconds(1));
}
void calls_trusted() { trusted(); }
awaitable<void> negativeChainBrokenByMark() {
  calls_trusted();
  trusted();
  netlib::log("ok");
  co_return;
}
