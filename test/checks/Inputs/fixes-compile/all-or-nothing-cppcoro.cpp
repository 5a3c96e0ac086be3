// async-all-or-nothing-wait, cppcoro: when_all_ready has its own header.
#include <cppcoro/task.hpp>
#include <cppcoro/when_all.hpp>

cppcoro::task<int> fetch(int x);
cppcoro::task<void> both() {
  auto [a, b] = co_await cppcoro::when_all(fetch(1), fetch(2));
}
