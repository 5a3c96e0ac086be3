// Mock of <exec/materialize.hpp>: turns every completion into a value, so a
// child of when_all can no longer fail the whole group. (Approximation: the
// mock keeps only the value channel, as set_value(set_value_t, Vs...).)
#pragma once

#include <stdexec/execution.hpp>

namespace exec {

struct materialize_t {
  template <stdexec::sender S> auto operator()(S &&s) const {
    (void)s;
    return stdexec::__sndr_for_t<materialize_t, decltype(std::tuple_cat(std::tuple<stdexec::set_value_t>{},
                                                                        std::declval<stdexec::__value_tuple_t<S>>()))>{};
  }
  stdexec::__closure<materialize_t> operator()() const { return {}; }
};
inline constexpr materialize_t materialize{};

} // namespace exec
