// RUN: %check_async_tidy %s async-all-or-nothing-wait %t

// Cobalt's gather keeps every outcome: nothing to report. (Apart from
// async-all-or-nothing-wait-cobalt.cpp, whose fix inserts this header.)
#include <boost/cobalt/gather.hpp>
#include <boost/cobalt/task.hpp>

namespace cobalt = boost::cobalt;

cobalt::task<int> fetch(int x) { co_return x; }

cobalt::task<int> negativeGather() {
  auto [a, b] = co_await cobalt::gather(fetch(1), fetch(2));
  co_return a + b;
}
