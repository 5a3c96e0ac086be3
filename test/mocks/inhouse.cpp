// RUN: %clang_syntax %s
// Smoke test for the in-house example library in test/Inputs/inhouse.
#include <inhouse/task.h>

#include <chrono>
#include <optional>
#include <tuple>

using namespace std::chrono_literals;

acme::Task<int> fetch(int x) { co_return x; }
acme::Task<> work() { co_return; }
acme::Future<int> eager(int x) { co_return x; }

acme::Task<int> consumer(acme::Executor &ex) {
  int a = co_await fetch(1);
  co_await work();
  a += co_await eager(2);
  co_await acme::sleepFor(10ms);
  auto [x, y] = co_await acme::whenAll(fetch(1), fetch(2));
  auto [ox, oy] = co_await acme::whenAllSettled(fetch(1), fetch(2));
  ex.spawnDetached(work());
  acme::TaskGroup group;
  group.spawn(work());
  co_await group.join();
  fetch(3); // not [[nodiscard]]: no compiler warning
  eager(4);
  co_return a + x + y + ox.value_or(0) + oy.value_or(0);
}

int main() {
  acme::Executor ex;
  acme::Future<int> f = eager(5);
  return acme::runBlocking(consumer(ex)) + f.get();
}
