// Mock of unifex/async_scope.hpp: unifex::async_scope is v1::async_scope.
#pragma once

#include <unifex/v1/async_scope.hpp>

namespace unifex {
using v1::async_scope;
using v1::future;
} // namespace unifex
