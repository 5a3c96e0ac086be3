// Mock of <exec/ensure_started.hpp>: exec::ensure_started (an unowned/eager spawn).
#pragma once

#include <stdexec/__detail/__start_detached.hpp>
#include <stdexec/execution.hpp>
