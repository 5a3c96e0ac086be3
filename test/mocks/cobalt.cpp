// RUN: %clang_syntax %s
// Smoke test for the Boost.Cobalt mock headers in test/Inputs/boost/cobalt.
#include <boost/cobalt/gather.hpp>
#include <boost/cobalt/join.hpp>
#include <boost/cobalt/task.hpp>

namespace cobalt = boost::cobalt;

cobalt::task<int> fetch(int x) { co_return x; }

cobalt::task<int> both() {
  auto [a, b] = co_await cobalt::join(fetch(1), fetch(2));
  auto [c, d] = co_await cobalt::gather(fetch(3), fetch(4));
  co_return a + b + c + d;
}
