// Mock of unifex/timed_single_thread_context.hpp (defined in scheduler_concepts.hpp).
#pragma once

#include <unifex/scheduler_concepts.hpp>
