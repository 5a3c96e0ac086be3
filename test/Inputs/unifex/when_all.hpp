// Mock of unifex/when_all.hpp: ALL-OR-NOTHING (the first error/done requests
// stop on the rest). Sends one std::variant<std::tuple<Vs...>> per child.
#pragma once

#include <unifex/sender_concepts.hpp>

namespace unifex {

struct _when_all_fn {
  template <sender... Ss> auto operator()(Ss &&...ss) const {
    ((void)ss, ...);
    return _sndr<_when_all_fn, typename _detail::_variant_of<_values_t<Ss>>::type...>{};
  }
};
inline constexpr _when_all_fn when_all{};

} // namespace unifex
