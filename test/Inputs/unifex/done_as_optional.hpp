// Mock of unifex/done_as_optional.hpp (defined with the other adaptors in sender_concepts.hpp).
#pragma once

#include <unifex/sender_concepts.hpp>
