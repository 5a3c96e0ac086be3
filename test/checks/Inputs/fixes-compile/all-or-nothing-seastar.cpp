// async-all-or-nothing-wait, Seastar: when_all is in the same header.
#include <seastar/core/future.hh>
#include <seastar/core/when_all.hh>

seastar::future<int> fetch(int x);
seastar::future<> both() {
  auto [a, b] = co_await seastar::when_all_succeed(fetch(1), fetch(2));
}
