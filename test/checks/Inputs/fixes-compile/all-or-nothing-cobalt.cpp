// async-all-or-nothing-wait, Boost.Cobalt: gather has its own header.
#include <boost/cobalt/join.hpp>
#include <boost/cobalt/task.hpp>

boost::cobalt::task<int> fetch(int x);
boost::cobalt::task<int> both() {
  auto [a, b] = co_await boost::cobalt::join(fetch(1), fetch(2));
  co_return 0;
}
