// RUN: %check_async_tidy %s async-all-or-nothing-wait %t
// RUN: %check_async_tidy -check-suffix=HELPER %s async-all-or-nothing-wait %t -config='{CheckOptions: {async-all-or-nothing-wait.NoThrowWrappers: "::boost::cobalt::noexcept_task"}}'

// Boost.Cobalt needs Boost >= 1.84, which is not installed: the mock in
// test/Inputs/boost/cobalt has the same names and shapes.
#include <boost/cobalt/join.hpp>
#include <boost/cobalt/task.hpp>

namespace boost::cobalt {
// An in-house helper, configured as a no-throw wrapper below.
template <typename T> task<T> noexcept_task(task<T>);
} // namespace boost::cobalt

namespace cobalt = boost::cobalt;

cobalt::task<int> fetch(int x) { co_return x; }
void show(int);

cobalt::task<int> positiveJoin() {
  auto [a, b] = co_await cobalt::join(fetch(1), fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'boost::cobalt::join' is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE+3]]:8: note: this result is used on its own here, so the others' would still be usable
  // CHECK-MESSAGES: :[[@LINE-3]]:34: note: to keep every task's result and error, wait with 'co_await boost::cobalt::gather(fetch(1), fetch(2))'; it gives one 'boost::system::result' per task: 'has_error()' tells whether that task failed, 'value()' gives its result or rethrows its error
  // CHECK-MESSAGES-HELPER: :[[@LINE-4]]:34: warning: 'boost::cobalt::join' is all-or-nothing: {{.*}}
  show(a);
  show(b);
  co_return 0;
}

// With an in-house no-throw helper configured, wrapped children cannot fail.
cobalt::task<int> negativeWithHelper() {
  auto [a, b] = co_await cobalt::join(cobalt::noexcept_task(fetch(1)),
                                      cobalt::noexcept_task(fetch(2)));
  // CHECK-MESSAGES: :[[@LINE-2]]:34: warning: 'boost::cobalt::join' is all-or-nothing: {{.*}}
  // CHECK-MESSAGES: :[[@LINE+2]]:8: note: this result is used on its own here, {{.*}}
  // CHECK-MESSAGES: :[[@LINE-4]]:34: note: to keep every task's result and error, {{.*}}
  show(a);
  show(b);
  co_return 0;
}
