// Mock of <exec/start_detached.hpp>: exec::start_detached (an unowned/eager spawn).
#pragma once

#include <stdexec/__detail/__start_detached.hpp>
#include <stdexec/execution.hpp>
