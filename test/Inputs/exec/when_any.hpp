// Mock of <exec/when_any.hpp>: first completion wins, the rest are stopped.
#pragma once

#include <stdexec/execution.hpp>

namespace exec {

struct when_any_t {
  template <stdexec::sender S, stdexec::sender... Ss> auto operator()(S &&s, Ss &&...ss) const {
    (void)s;
    ((void)ss, ...);
    return stdexec::__sndr_for_t<when_any_t, stdexec::__value_tuple_t<S>>{};
  }
};
inline constexpr when_any_t when_any{};

} // namespace exec
