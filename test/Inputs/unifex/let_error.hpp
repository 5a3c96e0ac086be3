// Mock of unifex/let_error.hpp (defined with the other adaptors in sender_concepts.hpp).
#pragma once

#include <unifex/sender_concepts.hpp>
