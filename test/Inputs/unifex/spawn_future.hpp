// Mock of unifex/spawn_future.hpp: spawn_future(sender, scope) returns a
// [[nodiscard]] v2::future sender.
#pragma once

#include <unifex/v1/async_scope.hpp>

namespace unifex {

struct _spawn_future_fn {
  template <sender S, typename Scope> auto operator()(S &&s, Scope &scope) const {
    (void)s;
    (void)scope;
    return typename v1::_async_scope::_future_for<Scope, _values_t<S>>::type{};
  }
};
inline constexpr _spawn_future_fn spawn_future{};

} // namespace unifex
