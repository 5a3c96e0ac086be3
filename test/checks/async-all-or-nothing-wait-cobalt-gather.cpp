// RUN: %check_async_tidy %s async-all-or-nothing-wait %t

// Cobalt's gather keeps every outcome: nothing to report.
#include <boost/cobalt/gather.hpp>
#include <boost/cobalt/task.hpp>

namespace cobalt = boost::cobalt;

cobalt::task<int> fetch(int x) { co_return x; }
void show(int);

// (The mock's gather gives the values themselves.)
cobalt::task<int> negativeGather() {
  auto [a, b] = co_await cobalt::gather(fetch(1), fetch(2));
  show(a);
  show(b);
  co_return 0;
}
