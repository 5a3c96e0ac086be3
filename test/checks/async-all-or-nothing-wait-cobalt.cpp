// RUN: %check_async_tidy -fix-notes %s async-all-or-nothing-wait %t
// RUN: %check_async_tidy -check-suffix=HELPER %s async-all-or-nothing-wait %t -config='{CheckOptions: {async-all-or-nothing-wait.NoThrowWrappers: "::boost::cobalt::noexcept_task"}}'

// Boost.Cobalt needs Boost >= 1.84, which is not installed: the mock in
// test/Inputs/boost/cobalt has the same names and shapes.
#include <boost/cobalt/join.hpp>
#include <boost/cobalt/task.hpp>
// The fix includes gather's header.
// CHECK-FIXES: #include <boost/cobalt/gather.hpp>
// CHECK-FIXES-NEXT: #include <boost/cobalt/join.hpp>
// CHECK-FIXES-NEXT: #include <boost/cobalt/task.hpp>

namespace boost::cobalt {
// An in-house helper, configured as a no-throw wrapper below.
template <typename T> task<T> noexcept_task(task<T>);
} // namespace boost::cobalt

namespace cobalt = boost::cobalt;

cobalt::task<int> fetch(int x) { co_return x; }

cobalt::task<int> positiveJoin() {
  auto [a, b] = co_await cobalt::join(fetch(1), fetch(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'boost::cobalt::join' is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE-2]]:34: note: use 'gather' to keep the outcome of every task; the code that reads the result must then inspect each one
  // CHECK-FIXES: auto [a, b] = co_await cobalt::gather(fetch(1), fetch(2));
  // CHECK-MESSAGES-HELPER: :[[@LINE-4]]:34: warning: 'boost::cobalt::join' is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  co_return a + b;
}

// With an in-house no-throw helper configured, wrapped children cannot fail.
cobalt::task<int> negativeWithHelper() {
  auto [a, b] = co_await cobalt::join(cobalt::noexcept_task(fetch(1)),
                                      cobalt::noexcept_task(fetch(2)));
  // CHECK-MESSAGES: :[[@LINE-2]]:34: warning: 'boost::cobalt::join' is all-or-nothing: if one task fails, the results of the others are discarded and they are cancelled [async-all-or-nothing-wait]
  // CHECK-MESSAGES: :[[@LINE-3]]:34: note: use 'gather' to keep the outcome of every task; the code that reads the result must then inspect each one
  // CHECK-FIXES: auto [a, b] = co_await cobalt::gather(cobalt::noexcept_task(fetch(1)),
  co_return a + b;
}
