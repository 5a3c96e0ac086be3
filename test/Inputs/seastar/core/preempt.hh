// Mock of seastar/core/preempt.hh.
#pragma once

namespace seastar {
inline bool need_preempt() noexcept { return false; }
} // namespace seastar
