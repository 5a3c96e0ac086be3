#include <asio.hpp>

// Before C++20 there are no standard coroutines to enable.
#ifdef ASIO_HAS_CO_AWAIT
#error "ASIO_HAS_CO_AWAIT must not be predefined before C++20"
#endif
