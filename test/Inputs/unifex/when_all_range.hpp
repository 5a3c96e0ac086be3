// Mock of unifex/when_all_range.hpp: ALL-OR-NOTHING over a std::vector of
// senders; sends std::vector<V>.
#pragma once

#include <type_traits>
#include <vector>

#include <unifex/sender_concepts.hpp>

namespace unifex {

struct _when_all_range_fn {
  template <sender S> auto operator()(std::vector<S> senders) const {
    (void)senders;
    using V = _single_value_t<S>;
    if constexpr (std::is_void_v<V>)
      return _sndr<_when_all_range_fn>{};
    else
      return _sndr<_when_all_range_fn, std::vector<V>>{};
  }
};
inline constexpr _when_all_range_fn when_all_range{};

} // namespace unifex
