// Mock of unifex/spawn_detached.hpp: spawn_detached(sender, scope) starts the
// sender inside the scope and drops its result (still owned by the scope).
#pragma once

#include <unifex/sender_concepts.hpp>

namespace unifex {

struct _spawn_detached_fn {
  template <sender S, typename Scope> void operator()(S &&s, Scope &scope) const {
    (void)s;
    (void)scope;
  }
};
inline constexpr _spawn_detached_fn spawn_detached{};

} // namespace unifex
