// Mock of <exec/reschedule.hpp>: `co_await exec::reschedule()` yields to the
// current scheduler (the yield point for long loops).
#pragma once

#include <stdexec/execution.hpp>

namespace exec {

struct __reschedule_t {
  stdexec::__sndr<__reschedule_t> operator()() const noexcept { return {}; }
};
inline constexpr __reschedule_t reschedule{};

} // namespace exec
