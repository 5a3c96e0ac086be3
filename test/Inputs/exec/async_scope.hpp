// Mock of <exec/async_scope.hpp> (older stdexec scope API): spawn() is owned
// by the scope; spawn_future() and nest() are [[nodiscard]];
// `co_await scope.on_empty()` joins.
#pragma once

#include <stop_token>

#include <stdexec/execution.hpp>

namespace exec {

struct __nest_t {};
struct __future_t {};
struct __on_empty_t {};

class async_scope {
public:
  async_scope() noexcept = default;
  ~async_scope() {}

  template <stdexec::sender S> [[nodiscard]] auto nest(S &&s) {
    (void)s;
    return stdexec::__sndr_for_t<__nest_t, stdexec::__value_tuple_t<S>>{};
  }
  template <stdexec::sender S> void spawn(S &&s) { (void)s; }
  template <stdexec::sender S> [[nodiscard]] auto spawn_future(S &&s) {
    (void)s;
    return stdexec::__sndr_for_t<__future_t, stdexec::__value_tuple_t<S>>{};
  }
  [[nodiscard]] stdexec::__sndr<__on_empty_t> on_empty() { return {}; }
  template <stdexec::sender S> [[nodiscard]] auto when_empty(S &&s) {
    (void)s;
    return stdexec::__sndr_for_t<__on_empty_t, stdexec::__value_tuple_t<S>>{};
  }

  bool request_stop() noexcept { return true; }
  std::stop_source get_stop_source() noexcept { return {}; }
  std::stop_token get_stop_token() const noexcept { return {}; }
};

} // namespace exec
