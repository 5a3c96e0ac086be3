// Mock of seastar/util/later.hh: future-returning yield points.
#pragma once

#include <seastar/core/future.hh>
#include <seastar/core/preempt.hh>

namespace seastar {
inline future<> yield() noexcept { return make_ready_future<>(); }
inline future<> maybe_yield() noexcept { return make_ready_future<>(); }
inline future<> check_for_io_immediately() noexcept { return make_ready_future<>(); }
} // namespace seastar
