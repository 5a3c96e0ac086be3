// Mock of seastar/core/sstring.hh (simplified: std::string).
#pragma once

#include <string>

namespace seastar {
using sstring = std::string;
}
