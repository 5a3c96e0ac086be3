// Mock of <exec/split.hpp>: exec::split (an unowned/eager spawn).
#pragma once

#include <stdexec/__detail/__start_detached.hpp>
#include <stdexec/execution.hpp>
