// Mock of stdexec/__detail/__deprecations.hpp.
#pragma once

#include "__start_detached.hpp"

namespace stdexec {

using start_detached_t [[deprecated("Include <exec/start_detached.hpp> and use exec::start_detached_t instead")]] =
    exec::start_detached_t;
[[deprecated("Include <exec/start_detached.hpp> and use exec::start_detached instead")]]
inline constexpr const exec::start_detached_t &start_detached = exec::start_detached;

using ensure_started_t [[deprecated("Include <exec/ensure_started.hpp> and use exec::ensure_started_t instead")]] =
    exec::ensure_started_t;
[[deprecated("Include <exec/ensure_started.hpp> and use exec::ensure_started instead")]]
inline constexpr const exec::ensure_started_t &ensure_started = exec::ensure_started;

using split_t [[deprecated("Include <exec/split.hpp> and use exec::split_t instead")]] = exec::split_t;
[[deprecated("Include <exec/split.hpp> and use exec::split instead")]]
inline constexpr const exec::split_t &split = exec::split;

} // namespace stdexec
