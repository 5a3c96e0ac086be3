// Mock of the unowned-spawn algorithms that moved to namespace exec
// (exec/start_detached.hpp, exec/ensure_started.hpp, exec/split.hpp).
// stdexec:: spellings are [[deprecated]] aliases (see __deprecations.hpp).
#pragma once

#include "__sender.hpp"

namespace exec {

struct start_detached_t {
  template <stdexec::sender S> void operator()(S &&s) const { (void)s; }
};
inline constexpr start_detached_t start_detached{};

// Eager: starts the work now; dropping the returned sender detaches it.
struct ensure_started_t {
  template <stdexec::sender S> auto operator()(S &&s) const {
    (void)s;
    return stdexec::__sndr_for_t<ensure_started_t, stdexec::__value_tuple_t<S>>{};
  }
};
inline constexpr ensure_started_t ensure_started{};

struct split_t {
  template <stdexec::sender S> auto operator()(S &&s) const {
    (void)s;
    return stdexec::__sndr_for_t<split_t, stdexec::__value_tuple_t<S>>{};
  }
};
inline constexpr split_t split{};

} // namespace exec
