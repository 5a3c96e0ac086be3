// Mock of unifex/upon_error.hpp (defined with the other adaptors in sender_concepts.hpp).
#pragma once

#include <unifex/sender_concepts.hpp>
