// Mock of unifex/sync_wait.hpp: blocks the calling thread; returns
// std::optional<T> (unifex::unit for void senders; nullopt when done).
#pragma once

#include <optional>
#include <type_traits>

#include <unifex/sender_concepts.hpp>

namespace unifex {

struct _sync_wait_fn {
  template <sender S>
  auto operator()(S &&s) const
      -> std::optional<std::conditional_t<std::is_void_v<_single_value_t<S>>, unit, _single_value_t<S>>> {
    (void)s;
    return std::nullopt;
  }
};
inline constexpr _sync_wait_fn sync_wait{};

} // namespace unifex
